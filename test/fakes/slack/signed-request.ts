import { createHmac } from 'node:crypto';

export interface SignedResponse {
  status: number;
  body: string;
  elapsedMs: number;
}

/** Slack's request signature: `v0=` + HMAC-SHA256(secret, `v0:<ts>:<body>`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret: string;
  /** Unix seconds written in the header; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to test a forged request). */
  signature?: string;
}

async function sendSigned(
  url: string,
  body: string,
  contentType: string,
  options: SendOptions,
): Promise<SignedResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, body),
    },
    body,
  });
  return { status: response.status, body: await response.text(), elapsedMs: Date.now() - started };
}

/** Posts a slash command the way Slack does: form-encoded and signed. */
export function sendSlashCommand(url: string, fields: Record<string, string>, options: SendOptions) {
  return sendSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** Posts an Events API callback (JSON, signed). */
export function sendEvent(url: string, payload: object, options: SendOptions) {
  return sendSigned(url, JSON.stringify(payload), 'application/json', options);
}
