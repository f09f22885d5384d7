/**
 * An error whose message is one clear line meant for the person running newsbot (operator or user): the CLI and the
 * composition root print just the message, no stack trace. Never put secrets in the message.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
