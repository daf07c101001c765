/**
 * Alerts to Discord end to end: feeds on a local server → composeApp (real
 * HTTP feed source, SQLite on a temp file, real @discordjs/rest sinks) → the
 * fake Discord REST API, for a bot channel and a webhook channel.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCORD_ERRORS, type FakeMessage } from '../support/fake-discord.ts';
import { BOT_CHANNEL, HOOK, LIVE, MESSAGES, startDiscordWorld, WEBHOOK_ID, WEBHOOK_TOKEN, type World } from './discord-world.ts';

interface Embed {
  title?: string;
  url?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

const embedOf = (m: FakeMessage | undefined) => m?.embeds[0] as Embed | undefined;

const FIRST = { title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/news/1', description: '엔비디아가 한국에 GPU 26만장을 공급한다.' };
const SECOND = { title: '엔비디아 GPU 26만장 공급에 "윈윈할 것"', link: 'https://b.test/news/1', description: '블랙웰 GPU 26만 장 공급' };

let w: World;
beforeEach(async () => {
  w = await startDiscordWorld();
});
afterEach(() => w.stop());

const botRequests = () => w.discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${BOT_CHANNEL}/messages`);
const countsOf = async (channel: string) => (await w.app.store.deliveryCounts()).filter((c) => c.channel === channel);

describe('Discord alerts end to end', () => {
  it('posts a new story as an embed to the bot channel and through the webhook, with mentions disabled', async () => {
    w.serve('a', [{ ...FIRST, pubDate: w.minutesAgo(20) }]);
    await w.app.once();

    const [posted, ...more] = w.botMessages();
    expect(more).toEqual([]);
    const post = botRequests()[0];
    expect(post?.headers.authorization).toBe('Bot test-token');
    expect(posted?.body.allowed_mentions).toEqual({ parse: [] });
    const embed = embedOf(posted);
    expect(embed).toMatchObject({ title: FIRST.title, url: FIRST.link });
    // The headline fact, as written and normalised.
    expect(embed?.description).toContain('26만장 → 260,000장');
    expect(embed?.fields).toEqual([
      { name: '출처', value: '아시아경제' },
      { name: '키워드', value: '엔비디아\n주제: nvidia' },
    ]);
    expect(embed?.footer?.text).toBe('아시아경제 · 2026-11-29 09:40');

    const [hooked, ...moreHooked] = w.hookMessages();
    expect(moreHooked).toEqual([]);
    const execution = w.discord.requests.find((r) => r.path === `/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`);
    expect(execution?.query.get('wait')).toBe('true');
    expect(execution?.headers.authorization).toBeUndefined(); // a webhook needs no bot token
    expect(hooked?.body.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(hooked)).toMatchObject({ title: FIRST.title, url: FIRST.link });

    expect(await w.app.store.deliveryCounts()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: LIVE, status: 'sent', count: 1 }),
        expect.objectContaining({ channel: HOOK, status: 'sent', count: 1 }),
      ]),
    );
  });

  it('sends a later outlet’s report of the story as a reply to the alert in the bot channel', async () => {
    w.serve('a', [{ ...FIRST, pubDate: w.minutesAgo(20) }]);
    await w.app.once();
    const alert = w.botMessages()[0];
    expect(alert).toBeDefined();

    w.clock.advance(5 * 60_000);
    w.serve('b', [{ ...SECOND, pubDate: w.minutesAgo(2) }]);
    await w.app.once();

    const messages = w.botMessages();
    expect(messages).toHaveLength(2);
    const update = messages[1];
    expect(update?.body.message_reference).toMatchObject({ message_id: alert?.id });
    expect(update?.message_reference?.message_id).toBe(alert?.id);
    expect(embedOf(update)?.description).toContain('연합뉴스');
    expect(embedOf(update)?.description).toContain('지금까지 2곳 보도');
    // Webhooks cannot reply: the update arrives there as a message of its own, naming its story.
    const hooked = w.hookMessages();
    expect(hooked).toHaveLength(2);
    expect(hooked[1]?.body.message_reference).toBeUndefined();
    expect(embedOf(hooked[1])?.description).toContain(`관련 기사: [${FIRST.title}](${FIRST.link})`);
    expect(embedOf(update)?.description).not.toContain('관련 기사');
  });

  it('never pings: an @everyone in a headline goes out with allowed_mentions.parse empty on every message', async () => {
    w.serve('a', [{ title: '@everyone 엔비디아 긴급 공지 <@123456789012345678>', link: 'https://a.test/news/9', pubDate: w.minutesAgo(10) }]);
    w.serve('c', [{ title: '@here 엔비디아, 대만에 AI 슈퍼컴퓨터 센터 건립', link: 'https://c.test/news/2', pubDate: w.minutesAgo(8) }]);
    await w.app.once();

    expect(w.discord.messages).toHaveLength(4);
    expect(w.discord.messages.map((m) => embedOf(m)?.title)).toEqual(expect.arrayContaining([expect.stringContaining('@everyone'), expect.stringContaining('@here')]));
    for (const m of w.discord.messages) expect(m.body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('Discord outages end to end', () => {
  it('keeps a delivery pending through a 5xx and a 429, then sends it exactly once', async () => {
    // Two 500s: the send and the client's one quick retry.
    w.discord.script(MESSAGES, DISCORD_ERRORS.serverError, DISCORD_ERRORS.serverError);
    w.serve('a', [{ ...FIRST, pubDate: w.minutesAgo(20) }]);
    const first = await w.app.once();
    expect(first.delivery?.retrying).toBe(1);
    expect(await countsOf(LIVE)).toEqual([expect.objectContaining({ status: 'pending', count: 1, lastError: expect.stringMatching(/server error 500/) })]);
    expect(w.hookMessages()).toHaveLength(1); // the other channel is not held up

    // Not due yet: nothing is sent.
    await w.app.deliver();
    expect(botRequests()).toHaveLength(2);

    w.clock.advance(31_000); // past the first backoff step (30 s)
    w.discord.script(MESSAGES, { rateLimit: { retryAfterSec: 1 } });
    const limited = await w.app.deliver();
    expect(limited.retrying).toBe(1);
    expect(botRequests()).toHaveLength(3);
    expect(await countsOf(LIVE)).toEqual([expect.objectContaining({ status: 'pending', lastError: expect.stringMatching(/rate limit/) })]);
    expect(w.logger.at('warn').some((r) => r.obj.channel === LIVE && typeof r.obj.retryAt === 'string')).toBe(true);

    w.clock.advance(2_000); // past the Retry-After
    const sent = await w.app.deliver();
    expect(sent.sent).toHaveLength(1);
    expect(w.botMessages()).toHaveLength(1);
    expect(embedOf(w.botMessages()[0])?.title).toBe(FIRST.title);

    w.clock.advance(60 * 60_000);
    await w.app.deliver();
    expect(botRequests()).toHaveLength(4);
    expect(await countsOf(LIVE)).toEqual([expect.objectContaining({ status: 'sent', count: 1 })]);
  });

  it('gives up on 50001 Missing Access with the reason, and never retries it', async () => {
    w.discord.script(MESSAGES, DISCORD_ERRORS.missingAccess);
    w.serve('a', [{ ...FIRST, pubDate: w.minutesAgo(20) }]);
    const result = await w.app.once();
    expect(result.delivery?.failed).toBe(1);
    expect(await countsOf(LIVE)).toEqual([
      expect.objectContaining({ status: 'failed', count: 1, lastError: expect.stringMatching(/403 code 50001 .*Missing Access.*cannot see this channel/) }),
    ]);
    expect(w.logger.at('error').some((r) => r.obj.channel === LIVE && /permanent error/.test(r.msg ?? ''))).toBe(true);

    w.clock.advance(2 * 60 * 60_000);
    await w.app.deliver();
    await w.app.once();
    expect(botRequests()).toHaveLength(1);
    expect(w.botMessages()).toEqual([]);
    expect(w.hookMessages()).toHaveLength(1);
  });
});
