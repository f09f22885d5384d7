/** Which chat platform an invocation came from. */
export type Platform = 'slack' | 'discord' | 'terminal';

/**
 * A storable address of a channel: `slack:T123:C456`, `discord:G1:C2` (DMs: `discord:@me:C2`), `terminal:local`.
 * Subscriptions and sources keep it so digests and alerts route to the right adapter.
 */
export type Destination = string;

/** A normalised command from any adapter: the one narrow entry point into the core. */
export interface Invocation {
  platform: Platform;
  destination: Destination;
  /** Thread or conversation key for follow-up questions ("and what did Sheinbaum say?"). */
  conversationKey?: string;
  user: {
    id: string;
    /** True when the platform says this user may change channel settings (Slack admin / Discord Manage Channels). */
    canManageChannel: boolean;
  };
  /** Command path from the specs, e.g. ['ask'], ['digest', 'subscribe'], ['source', 'add']. */
  command: string[];
  /** Named arguments from the specs; Slack/terminal get them from `parseCommandText`, Discord from options. */
  args: Record<string, string>;
  /** The workspace/guild time zone when the platform knows it (IANA name). */
  timeZone?: string;
}
