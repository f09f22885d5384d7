/** Why a fetch failed, so the poller can report it and decide how long to back off. */
export type FetchErrorKind =
  | 'bad-url'
  | 'blocked-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'network'
  | 'bad-encoding'
  | 'robots';

/** A fetch failure with one operator-readable line naming the URL (URLs never carry our secrets). */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly details: { httpStatus?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'FetchError';
  }
}
