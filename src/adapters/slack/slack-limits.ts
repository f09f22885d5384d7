/** Slack's published message limits (https://api.slack.com/reference/block-kit/blocks), with some headroom. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  /** Slack rejects messages whose blocks hold much more than ~13k characters (`msg_blocks_too_long`). */
  blockCharsPerMessage: 12_000,
  /** Slack truncates `text` past 40k; notifications only show the start, so keep the fallback short per message. */
  fallbackText: 4000,
  /** A response_url accepts 5 replies; keep one spare for an error. */
  messagesPerReply: 4,
} as const;
