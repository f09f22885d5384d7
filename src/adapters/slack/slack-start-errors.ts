import { UserFacingError } from '../../core/user-facing-error.ts';
import type { SlackConfig } from './slack-config.ts';

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/** The Slack error code inside whatever Bolt or the WebClient threw (`invalid_auth`, `ECONNREFUSED`). */
function codeOf(error: unknown): string {
  const e = error as {
    data?: { error?: string };
    original?: { code?: string; message?: string; cause?: { code?: string } };
    cause?: { code?: string };
    code?: string;
    message?: string;
  };
  // A dropped connection hides its reason (ECONNREFUSED) in `cause` under a generic "fetch failed".
  return (
    e?.data?.error ??
    e?.original?.cause?.code ??
    e?.original?.code ??
    e?.cause?.code ??
    e?.original?.message ??
    e?.message ??
    String(error)
  );
}

/**
 * One clear line for the operator when Slack cannot start: which variable to fix and what Slack said. `auth.test`
 * checks the bot token, `apps.connections.open` the app token; a refused connection points at SLACK_API_URL.
 */
export function explainStartFailure(error: unknown, config: SlackConfig, phase: 'auth' | 'connect'): Error {
  if (error instanceof UserFacingError) return error;
  const code = codeOf(error);
  const all = `${code} ${(error as Error)?.message ?? ''}`;
  const authProblem = [...AUTH_ERRORS].find((word) => all.includes(word));
  if (authProblem) {
    const variable = phase === 'connect' && config.appToken ? 'SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN';
    return new UserFacingError(
      `${variable} was rejected by Slack (${authProblem}): check the token in your Slack app's settings`,
    );
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|request_error/i.test(all)) {
    return new UserFacingError(
      `cannot reach Slack's Web API at ${config.apiUrl} (${code}): check SLACK_API_URL and the network`,
    );
  }
  if (/EADDRINUSE/.test(all)) return new UserFacingError(`PORT ${config.port} is already in use: choose another PORT`);
  return new UserFacingError(`Slack did not start: ${code}`);
}
