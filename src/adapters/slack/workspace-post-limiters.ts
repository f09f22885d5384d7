import { createPostLimiter, type PostLimiter, type PostLimiterOptions } from '../shared/post-limiter.ts';
import type { RateLimiterFactory } from '../shared/rate-limiter.ts';

/**
 * One post limiter per Slack workspace, made on first use: each workspace gets its own budget (`perDestination` per
 * channel, chained to `global` for the whole workspace), so a busy workspace never slows another. Ids are
 * `slack:<team>:…`, so with a clustered factory all instances share each workspace's budget.
 */
export function workspacePostLimiters(
  factory: RateLimiterFactory,
  options: Omit<PostLimiterOptions, 'name'>,
): (teamId: string) => PostLimiter {
  const limiters = new Map<string, PostLimiter>();
  return (teamId) => {
    let limiter = limiters.get(teamId);
    if (!limiter) {
      limiter = createPostLimiter(factory, { ...options, name: `slack:${teamId}` });
      limiters.set(teamId, limiter);
    }
    return limiter;
  };
}
