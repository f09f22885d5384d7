import type { App } from '@slack/bolt';
import type { Destination } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import type { Logger } from '../../core/ports.ts';
import type { KvStore } from '../../core/store/kv-store.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { postOnce } from '../shared/post-once.ts';
import { kvInstallationStore } from './kv-installation-store.ts';
import { renderSlackMessages } from './render-slack-messages.ts';
import { errorCode } from './slack-command.ts';
import type { SlackConfig } from './slack-config.ts';
import { parseSlackDestination } from './slack-destination.ts';
import type { SlackSender } from './slack-sender.ts';

export interface DestinationPostDeps {
  app: App;
  config: SlackConfig;
  kv: KvStore;
  logger: Logger;
  sender: SlackSender;
}

/** The bot token for a workspace: the single configured one, or the one stored when the workspace installed us. */
async function botTokenFor(deps: DestinationPostDeps, teamId: string): Promise<string> {
  if (deps.config.botToken) return deps.config.botToken;
  const installation = await kvInstallationStore(deps.kv)
    .fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })
    .catch(() => null);
  const token = installation?.bot?.token;
  if (!token) throw new UserFacingError(`newsbot is not installed in Slack workspace ${teamId}`);
  return token;
}

/**
 * Posts a digest or alert to a stored `slack:T:C` destination. Each message part is posted at most once per
 * idempotency key, so the scheduler may retry a failed or interrupted post without duplicating the parts that went out.
 */
export async function postToDestination(
  deps: DestinationPostDeps,
  destination: Destination,
  reply: Reply,
  idempotencyKey: string,
): Promise<void> {
  const address = parseSlackDestination(destination);
  if (!address) throw new UserFacingError(`not a Slack destination: ${destination}`);
  const token = await botTokenFor(deps, address.teamId);
  for (const [i, message] of renderSlackMessages(reply).entries()) {
    const key = `slack:post:${idempotencyKey}:${i}`;
    const send = () => deps.sender.postMessageOnce(deps.app.client, address, message, key, token);
    const posted = await postOnce(deps.kv, key, send).catch((error: unknown) => {
      throw new UserFacingError(`Slack refused the post to ${destination}: ${errorCode(error)}`);
    });
    if (!posted) deps.logger.info({ destination, part: i }, 'Slack post skipped: already posted');
  }
}
