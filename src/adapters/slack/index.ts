/** The Slack adapter's public surface for the composition root and other adapters' authors. */
export type { Installation } from '@slack/bolt';
export {
  type CreateSlackAdapterDeps,
  createSlackAdapter,
  SLACK_POST_LIMITS,
  type SlackAdapter,
} from './create-slack-adapter.ts';
export { type RenderOptions, renderSlackMessages, type SlackMessage } from './render-slack-messages.ts';
export { type SlackConfig, slackConfigFrom } from './slack-config.ts';
export { parseSlackDestination, slackDestination } from './slack-destination.ts';
