import type { HandlerTable } from '../commands/route.ts';
import type { Clock, Logger, Poster } from '../ports.ts';
import type { KvStore } from '../store/kv-store.ts';
import { type FollowAlertOptions, FollowAlerts, type FollowLogReader } from './follow-alerts.ts';
import { followHandlers } from './follow-handlers.ts';
import { FollowStore } from './follow-store.ts';
import type { PersonDirectory } from './person-directory.ts';

export interface FollowServiceDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  log: FollowLogReader;
  people: PersonDirectory;
  poster: () => Poster | undefined;
  options?: Partial<FollowAlertOptions>;
}

/** Follows for the core: who each channel follows, the alert loop (a BackgroundService) and the command handlers. */
export class FollowService {
  readonly store: FollowStore;
  readonly alerts: FollowAlerts;
  readonly handlers: HandlerTable;

  constructor(deps: FollowServiceDeps) {
    this.store = new FollowStore(deps.kv);
    this.alerts = new FollowAlerts({ ...deps, follows: this.store });
    this.handlers = followHandlers({
      follows: this.store,
      people: deps.people,
      alerts: this.alerts,
      clock: deps.clock,
      intervalMs: this.alerts.intervalMs,
    });
  }
}
