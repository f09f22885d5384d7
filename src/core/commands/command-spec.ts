/** Commands are data: help, Slack/terminal parsing and Discord registration are all generated from these specs. */
export interface ArgSpec {
  name: string;
  description: string;
  required: boolean;
  /** The rest of the text goes into this argument (only the last argument may be greedy). */
  greedy?: boolean;
  /** An optional argument is only taken when the word matches (so `subscribe mexico` leaves `time` empty). */
  pattern?: RegExp;
  /** Discord autocomplete source. */
  autocomplete?: 'speaker';
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Example uses, shown in help: text after `/news `. */
  examples?: string[];
  args?: ArgSpec[];
  subcommands?: CommandSpec[];
  /**
   * Text that starts with the command name but continues like this is a question, not the command:
   * "who said 'ruled out'?" is asked, "who Sheinbaum" is `who`.
   */
  questionWhenFollowedBy?: RegExp;
  /** Changes channel settings: only channel managers may run it. */
  adminOnly?: boolean;
  /** Who sees the reply. Questions answer the channel; errors, help and admin commands are ephemeral. */
  visibility: 'channel' | 'ephemeral';
}
