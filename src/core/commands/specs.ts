import type { CommandSpec } from './command-spec.ts';

/** The one list of `/news` commands. Everything user-facing about commands is derived from it. */
export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    name: 'ask',
    description: 'Ask about the news: who said what, what is new on a topic.',
    examples: ['what did Rubio say?', 'who said "absolutely ruled out"?', "what's the news on Mexico?"],
    args: [{ name: 'question', description: 'Your question', required: true, greedy: true, autocomplete: 'speaker' }],
    visibility: 'channel',
  },
  {
    name: 'who',
    description: 'Who is this person or organisation: roles, articles, latest quotes.',
    examples: ['who Sheinbaum'],
    questionWhenFollowedBy:
      /^(said|says|called|calls|claimed|claims|told|tells|warned|wrote|tweeted|described|denied|announced|did|does|has|have|had)$/i,
    args: [
      { name: 'name', description: 'A name, surname or role', required: true, greedy: true, autocomplete: 'speaker' },
    ],
    visibility: 'channel',
  },
  {
    name: 'search',
    description: 'Full-text search over the articles, best matches first.',
    examples: ['search cartels terrorist designation'],
    args: [{ name: 'terms', description: 'Words to look for', required: true, greedy: true }],
    visibility: 'channel',
  },
  {
    name: 'digest',
    description: 'Daily digests of the top stories in this channel.',
    visibility: 'ephemeral',
    subcommands: [
      { name: 'now', description: "Post today's digest here now.", visibility: 'channel' },
      {
        name: 'subscribe',
        description: 'Post a digest here every day.',
        examples: ['digest subscribe 08:00 Europe/Madrid mexico'],
        adminOnly: true,
        visibility: 'ephemeral',
        args: [
          { name: 'time', description: 'HH:MM, default 08:00', required: false, pattern: /^\d{1,2}:\d{2}$/ },
          {
            name: 'timezone',
            description: 'IANA time zone, e.g. Europe/Madrid',
            required: false,
            pattern: /^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT|Etc\/[A-Za-z0-9+-]+)$/,
          },
          { name: 'filter', description: 'Topic or person to focus on', required: false, greedy: true },
        ],
      },
      { name: 'unsubscribe', description: 'Stop the daily digest here.', adminOnly: true, visibility: 'ephemeral' },
      { name: 'list', description: "List this channel's digest subscriptions.", visibility: 'ephemeral' },
    ],
  },
  {
    name: 'follow',
    description: 'Alert this channel when a person is newly quoted.',
    examples: ['follow Marco Rubio'],
    adminOnly: true,
    args: [{ name: 'name', description: 'Person to follow', required: true, greedy: true, autocomplete: 'speaker' }],
    visibility: 'ephemeral',
  },
  {
    name: 'unfollow',
    description: 'Stop alerts for a person in this channel.',
    adminOnly: true,
    args: [{ name: 'name', description: 'Person to stop following', required: true, greedy: true }],
    visibility: 'ephemeral',
  },
  { name: 'following', description: 'List the people this channel follows.', visibility: 'ephemeral' },
  {
    name: 'source',
    description: 'News sources: feeds and article URLs.',
    visibility: 'ephemeral',
    subcommands: [
      {
        name: 'add',
        description: 'Add an RSS/Atom/JSON feed or an article URL.',
        adminOnly: true,
        visibility: 'ephemeral',
        args: [{ name: 'url', description: 'Feed or article URL', required: true }],
      },
      {
        name: 'remove',
        description: 'Remove a source.',
        adminOnly: true,
        visibility: 'ephemeral',
        args: [{ name: 'url', description: 'Feed URL or source id', required: true }],
      },
      { name: 'list', description: 'List sources.', visibility: 'ephemeral' },
      {
        name: 'status',
        description: 'Last poll, items seen and added, and why items were skipped.',
        visibility: 'ephemeral',
        args: [{ name: 'url', description: 'Feed URL or source id (all when empty)', required: false }],
      },
    ],
  },
  { name: 'help', description: 'Show what newsbot can do.', visibility: 'ephemeral' },
];
