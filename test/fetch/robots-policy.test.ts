import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RobotsPolicy } from '../../src/core/fetch/robots-policy.ts';
import { SafeFetcher } from '../../src/core/fetch/safe-fetcher.ts';
import { FakeClock } from '../feeds/feed-harness.ts';
import { type FixtureServer, startFixtureServer } from '../feeds/fixture-server.ts';

let server: FixtureServer;
let fetcher: SafeFetcher;
beforeAll(async () => {
  server = await startFixtureServer();
  fetcher = new SafeFetcher({ allowPrivateNetwork: true, userAgent: 'newsbot-test/1', timeoutMs: 1000 });
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const robotsRequests = () => server.requests.filter((r) => r.path === '/robots.txt').length;

describe('RobotsPolicy', () => {
  it('follows the rules for our User-Agent and caches robots.txt per site for a day', async () => {
    server.route('/robots.txt', { body: 'User-agent: newsbot\nDisallow: /members/\n\nUser-agent: *\nDisallow: /\n' });
    const clock = new FakeClock();
    const robots = new RobotsPolicy(fetcher, clock);
    expect(await robots.isAllowed(server.url('/news/1'), 'newsbot/0.1 (+https://example.org)')).toBe(true);
    expect(await robots.isAllowed(server.url('/members/2'), 'newsbot/0.1 (+https://example.org)')).toBe(false);
    expect(await robots.isAllowed(server.url('/news/1'), 'OtherBot/1.0')).toBe(false);
    expect(robotsRequests()).toBe(1);
    clock.advance(25 * 3_600_000);
    await robots.isAllowed(server.url('/news/1'), 'newsbot/0.1');
    expect(robotsRequests()).toBe(2);
  });

  it('allows everything when robots.txt is missing, and nothing for a while when it errors', async () => {
    const clock = new FakeClock();
    server.route('/robots.txt', { status: 404 });
    expect(await new RobotsPolicy(fetcher, clock).isAllowed(server.url('/a'), 'newsbot/0.1')).toBe(true);
    server.route('/robots.txt', { status: 503 });
    const failing = new RobotsPolicy(fetcher, clock);
    expect(await failing.isAllowed(server.url('/a'), 'newsbot/0.1')).toBe(false);
    server.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
    clock.advance(11 * 60_000);
    expect(await failing.isAllowed(server.url('/a'), 'newsbot/0.1')).toBe(true);
  });
});
