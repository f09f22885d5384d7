import { describe, expect, it } from 'vitest';
import { routeInvocation } from '../../src/core/commands/route.ts';
import type { Invocation } from '../../src/core/model/invocation.ts';

const invocation = (command: string[], args: Record<string, string> = {}, canManageChannel = false): Invocation => ({
  platform: 'terminal',
  destination: 'terminal:local',
  user: { id: 'u1', canManageChannel },
  command,
  args,
});

const answer = { kind: 'answer', visibility: 'channel', title: 'ok', fallbackText: 'ok' } as const;

describe('routing an invocation to its handler', () => {
  it('generates help from the specs, listing every command', async () => {
    const reply = await routeInvocation(invocation(['help']), {}, () => {});
    expect(reply.visibility).toBe('ephemeral');
    for (const usage of [
      '/news ask <question>',
      '/news digest subscribe [time] [timezone] [filter]',
      '/news source status [url]',
    ]) {
      expect(reply.fallbackText).toContain(usage);
    }
  });

  it('refuses admin commands to people who cannot manage the channel, and allows managers', async () => {
    const handlers = { 'source add': async () => answer };
    const refused = await routeInvocation(
      invocation(['source', 'add'], { url: 'https://x.test/feed' }),
      handlers,
      () => {},
    );
    expect(refused).toMatchObject({ kind: 'error', visibility: 'ephemeral' });
    expect(refused.title).toContain('Only people who can manage this channel');
    const allowed = await routeInvocation(
      invocation(['source', 'add'], { url: 'https://x.test/feed' }, true),
      handlers,
      () => {},
    );
    expect(allowed.kind).toBe('answer');
  });

  it('answers an unknown command with a clear error instead of throwing', async () => {
    const reply = await routeInvocation(invocation(['teleport']), {}, () => {});
    expect(reply).toMatchObject({ kind: 'error', visibility: 'ephemeral' });
    expect(reply.title).toContain('Unknown command “teleport”');
  });

  it('turns a failing handler into an apology and reports the error to the operator', async () => {
    const seen: unknown[] = [];
    const reply = await routeInvocation(
      invocation(['ask'], { question: 'q' }),
      {
        ask: async () => {
          throw new Error('index offline');
        },
      },
      (error) => seen.push(error),
    );
    expect(reply.kind).toBe('error');
    expect(reply.fallbackText).not.toContain('index offline');
    expect(seen).toHaveLength(1);
  });

  it('makes admin command replies ephemeral even if the handler forgot', async () => {
    const reply = await routeInvocation(
      invocation(['digest', 'list']),
      { 'digest list': async () => answer },
      () => {},
    );
    expect(reply.visibility).toBe('ephemeral');
  });
});
