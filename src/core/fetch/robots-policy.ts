import robotsParserModule from 'robots-parser';
import type { Clock } from '../ports.ts';
import { FetchError } from './fetch-error.ts';
import type { SafeFetcher } from './safe-fetcher.ts';

// The package's types declare an ES default export, but at run time it is CommonJS `module.exports = fn`.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

interface CachedRobots {
  robots: Robots | 'allow-all' | 'disallow-all';
  expiresAt: number;
}

const HOUR = 60 * 60 * 1000;

/**
 * Answers "may newsbot fetch this article page?" from the site's robots.txt, fetched once per origin and cached.
 * A missing robots.txt (4xx) allows everything; a failing one (5xx, network) disallows for a short while, as crawlers
 * conventionally do, so an outage never turns into a crawl of pages the site may not want fetched.
 */
export class RobotsPolicy {
  private readonly cache = new Map<string, CachedRobots>();

  constructor(
    private readonly fetcher: SafeFetcher,
    private readonly clock: Clock,
  ) {}

  /** Throws the `FetchError` when the site's address itself is refused (private network). */
  async isAllowed(pageUrl: string, userAgent: string): Promise<boolean> {
    const origin = new URL(pageUrl).origin;
    let robots: CachedRobots['robots'];
    try {
      robots = await this.robotsFor(origin, userAgent);
    } catch (error) {
      // Name the page the person asked for, not the robots.txt behind it.
      if (!(error instanceof FetchError)) throw error;
      throw new FetchError(error.kind, error.message.replace(`${origin}/robots.txt`, pageUrl), pageUrl, error.details);
    }
    if (robots === 'allow-all') return true;
    if (robots === 'disallow-all') return false;
    return robots.isAllowed(pageUrl, userAgent) !== false;
  }

  private async robotsFor(origin: string, userAgent: string): Promise<CachedRobots['robots']> {
    const cached = this.cache.get(origin);
    const now = this.clock.now();
    if (cached && cached.expiresAt > now) return cached.robots;
    const entry = await this.load(origin, userAgent, now);
    this.cache.set(origin, entry);
    return entry.robots;
  }

  private async load(origin: string, userAgent: string, now: number): Promise<CachedRobots> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const result = await this.fetcher.fetch(robotsUrl, { userAgent, accept: 'text/plain', maxBytes: 512 * 1024 });
      if (result.status !== 'ok') return { robots: 'allow-all', expiresAt: now + HOUR };
      return { robots: robotsParser(robotsUrl, result.text), expiresAt: now + 24 * HOUR };
    } catch (error) {
      // A refused address is refused for the page too: say so, rather than "robots.txt disallows it".
      if (error instanceof FetchError && (error.kind === 'blocked-address' || error.kind === 'bad-url')) throw error;
      const status = error instanceof FetchError ? error.details.httpStatus : undefined;
      if (status !== undefined && status >= 400 && status < 500)
        return { robots: 'allow-all', expiresAt: now + 24 * HOUR };
      return { robots: 'disallow-all', expiresAt: now + HOUR / 6 };
    }
  }
}
