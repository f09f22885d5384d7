const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

/** A Discord-shaped id whose timestamp is `nowMs`, so discord.js computes real ages (interaction deadlines). */
export function snowflake(nowMs: number = Date.now()): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(nowMs) - DISCORD_EPOCH) << 22n) | counter).toString();
}
