import { type ChatInputCommandInteraction, DiscordAPIError, MessageFlags } from 'discord.js';
import { specFor } from '../../core/commands/parse-command-text.ts';
import type { Invocation } from '../../core/model/invocation.ts';
import type { Reply } from '../../core/model/reply.ts';
import type { Clock, Logger } from '../../core/ports.ts';
import type { DiscordSender } from './discord-sender.ts';
import { renderDiscordMessages } from './render-discord-messages.ts';

// Discord's interaction token lives 15 minutes; past this the answer goes to the channel instead.
const TOKEN_TTL_MS = 15 * 60 * 1000;
const TOKEN_MARGIN_MS = 30 * 1000;
const UNKNOWN_INTERACTION = 10062;

export interface AnswerDeps {
  handle(invocation: Invocation): Promise<Reply>;
  sender: DiscordSender;
  clock: Clock;
  logger: Logger;
  /** Wait at most this long for the answer before deferring (already capped below Discord's 3 s). */
  deferAfterMs: number;
}

type Outcome = { reply: Reply } | 'defer';

/** Resolves with the reply if it is ready within `ms`, else 'defer' — one decision, so we never answer twice. */
function readyWithin(pending: Promise<Reply>, ms: number): Promise<Outcome> {
  if (ms <= 0) return Promise.resolve('defer');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve('defer'), ms);
  });
  return Promise.race([pending.then((reply) => ({ reply })), deadline]).finally(() => clearTimeout(timer));
}

const ephemeralFlag = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});

/**
 * Answers one slash command. The first response is sent within `deferAfterMs` of the interaction's creation by
 * construction: the answer races a timer, and if the timer wins the interaction is deferred ("newsbot is
 * thinking…") and the answer edits that response when ready, with any further messages as follow-ups.
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  invocation: Invocation,
  deps: AnswerDeps,
): Promise<void> {
  const pending = deps.handle(invocation);
  try {
    await respond(interaction, invocation, pending, deps);
  } catch (error) {
    if (!(error instanceof DiscordAPIError && error.code === UNKNOWN_INTERACTION)) throw error;
    // The gateway delivered the interaction after Discord's deadline: Discord already told the user it failed.
    deps.logger.warn(
      { command: invocation.command.join(' ') },
      'Discord expired the interaction before newsbot could respond (it arrived late from the gateway)',
    );
  }
}

async function respond(
  interaction: ChatInputCommandInteraction,
  invocation: Invocation,
  pending: Promise<Reply>,
  deps: AnswerDeps,
): Promise<void> {
  // Time already spent in transit counts against Discord's deadline (snowflake time vs our clock, never negative).
  const age = Math.max(0, deps.clock.now() - interaction.createdTimestamp);
  const outcome = await readyWithin(pending, deps.deferAfterMs - Math.min(age, deps.deferAfterMs));
  const destination = invocation.destination;

  if (outcome !== 'defer') {
    const reply = outcome.reply;
    const [first, ...rest] = renderDiscordMessages(reply);
    const ephemeral = reply.visibility === 'ephemeral';
    if (first) await interaction.reply({ ...first, ...ephemeralFlag(ephemeral) });
    await deps.sender.followUps(interaction, destination, rest, ephemeral);
    return;
  }

  // Whether the deferred response is public is fixed now; the command's spec says what its answer usually is.
  const deferredEphemeral = specFor(invocation.command)?.visibility === 'ephemeral';
  await interaction.deferReply(ephemeralFlag(deferredEphemeral));
  const reply = await pending;
  const messages = renderDiscordMessages(reply);
  const ephemeral = reply.visibility === 'ephemeral';

  if (deps.clock.now() - interaction.createdTimestamp > TOKEN_TTL_MS - TOKEN_MARGIN_MS) {
    await deliverAfterTokenExpired(interaction, invocation, reply, deps);
    return;
  }
  if (ephemeral === deferredEphemeral) {
    const [first, ...rest] = messages;
    if (first) await deps.sender.editOriginal(interaction, destination, first);
    await deps.sender.followUps(interaction, destination, rest, ephemeral);
    return;
  }
  // The answer's visibility differs from the deferral's (e.g. an error to a public question): remove the
  // placeholder and send the answer as follow-ups, which may choose their own visibility.
  await interaction.deleteReply().catch((error: unknown) => {
    deps.logger.warn({ err: error }, 'could not remove the deferred discord response');
  });
  await deps.sender.followUps(interaction, destination, messages, ephemeral);
}

/**
 * The interaction token has expired (answers past 15 minutes): a channel answer is posted to the channel as a plain
 * message instead; an ephemeral one cannot be shown to the asker alone any more, so it is logged and dropped.
 */
async function deliverAfterTokenExpired(
  interaction: ChatInputCommandInteraction,
  invocation: Invocation,
  reply: Reply,
  deps: AnswerDeps,
): Promise<void> {
  const command = invocation.command.join(' ');
  const channel = await interaction.client.channels.fetch(interaction.channelId).catch(() => null);
  if (reply.visibility === 'ephemeral' || !channel?.isSendable()) {
    deps.logger.warn({ command }, 'discord answer took over 15 minutes and could not be delivered');
    return;
  }
  deps.logger.warn({ command }, 'discord answer took over 15 minutes; posted to the channel instead');
  await deps.sender.toChannel(channel, renderDiscordMessages(reply), {
    destination: invocation.destination,
    idempotencyKey: `interaction:${interaction.id}`,
  });
}
