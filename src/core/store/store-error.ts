import { UserFacingError } from '../user-facing-error.ts';

/** A store that cannot be opened or used. The message is one operator-readable line naming the (redacted) URL. */
export class StoreError extends UserFacingError {
  constructor(
    message: string,
    readonly displayUrl: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The first line of an underlying error, for appending to a StoreError line. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0]?.trim() || 'unknown error';
  return typeof code === 'string' && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}
