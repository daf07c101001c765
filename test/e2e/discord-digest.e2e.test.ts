/**
 * A long digest to Discord end to end: feed server → composeApp → the real
 * @discordjs/rest client → the fake Discord REST API. Sixty stories take
 * several messages (6,000 embed characters and 10 embeds per message); each
 * must reach the channel exactly once, also when Discord fails half-way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctHeadlines } from '../support/distinct-headlines.ts';
import { DISCORD_ERRORS } from '../support/fake-discord.ts';
import { MESSAGES, startDiscordWorld, type World } from './discord-world.ts';

const DIGEST = 'discord-digest';
const DIGEST_CHANNEL = '323456789012345678';
const STORIES = 60;

/** Different events; long enough for the digest to need several messages. */
const headlines = distinctHeadlines('반도체', STORIES, 70);

let w: World;
beforeEach(async () => {
  w = await startDiscordWorld({
    channels: [`{ name: ${DIGEST}, platform: discord, channel: "${DIGEST_CHANNEL}", topics: [semiconductor], mode: digest, digest: { maxStories: 100 } }`],
  });
  await w.app.once(); // first poll of the feeds (empty), so the next one is not held back as backfill
  w.serve('a', headlines.map((title, i) => ({ title, link: `https://a.test/chips/${i}`, pubDate: w.minutesAgo(90 - i) })));
  await w.app.once();
});
afterEach(() => w.stop());

const digestMessages = () => w.discord.messages.filter((m) => m.channel_id === DIGEST_CHANNEL);
/** How often each headline appears across the digest messages Discord created. */
const timesShown = () => {
  const text = digestMessages()
    .map((m) => JSON.stringify(m.embeds))
    .join('\n');
  return headlines.map((title) => text.split(title).length - 1);
};
const counts = async () => (await w.app.store.deliveryCounts()).filter((c) => c.channel === DIGEST);

describe('a long Discord digest end to end', () => {
  it('sends every message of a digest too long for one', async () => {
    const run = await w.app.digest(DIGEST, { reason: 'schedule' });

    expect(run.skipped).toBeUndefined();
    expect(run.stories).toBe(STORIES);
    expect(digestMessages().length).toBeGreaterThan(1);
    expect(timesShown()).toEqual(headlines.map(() => 1));
    expect(await counts()).toEqual([{ channel: DIGEST, status: 'sent', count: STORIES }]);
  });

  it('after a failure half-way, sends only the stories Discord had not shown, each once', async () => {
    // The first message goes through; the second fails twice (the send and the client's one quick retry).
    w.discord.script(MESSAGES, { delayMs: 0 }, DISCORD_ERRORS.serverError, DISCORD_ERRORS.serverError);
    const run = await w.app.digest(DIGEST, { reason: 'schedule' });

    expect(run.skipped).toMatch(/server error 500/);
    expect(digestMessages()).toHaveLength(1);
    const shownFirst = timesShown().filter((n) => n === 1).length;
    expect(shownFirst).toBeGreaterThan(0);
    expect(shownFirst).toBeLessThan(STORIES);
    expect(await counts()).toEqual([
      { channel: DIGEST, status: 'held', count: STORIES - shownFirst, lastError: expect.stringMatching(/server error 500/) },
      { channel: DIGEST, status: 'sent', count: shownFirst },
    ]);

    w.clock.advance(31_000); // past the first delivery backoff (30 s)
    await w.app.deliver(); // retries the held stories as a digest
    expect(timesShown()).toEqual(headlines.map(() => 1));
    expect(await counts()).toEqual([{ channel: DIGEST, status: 'sent', count: STORIES }]);
  });
});
