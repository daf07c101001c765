/**
 * Alerts to Slack end to end: feed server → composeApp (SQLite file) → the
 * real @slack/web-api client → the fake Slack Web API, all on 127.0.0.1.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL, CHANNEL_ID, startSlackE2E, type SlackE2E } from './slack-e2e-harness.ts';

/** Every mrkdwn text object in a payload (blocks and their elements, at any depth). */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (o.type === 'mrkdwn' && typeof o.text === 'string') return [o.text];
  return Object.values(o).flatMap(mrkdwnTexts);
}

/** Every string in a payload except plain_text objects' text, which Slack never parses for mentions. */
function parsedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(parsedStrings);
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  return Object.entries(o).flatMap(([k, v]) => (o.type === 'plain_text' && k === 'text' ? [] : parsedStrings(v)));
}

describe('Slack alerts end to end', () => {
  let h: SlackE2E;
  beforeEach(async () => {
    h = await startSlackE2E();
  });
  afterEach(async () => {
    await h.close();
  });

  const posts = () => h.slack.calls('chat.postMessage');
  /** Posts the fake accepted (it answered them with a ts). */
  const accepted = () => posts().filter((c) => c.ts !== undefined);

  it('posts a new story to the configured channel as Block Kit with a text fallback and no unfurling', async () => {
    h.items.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: h.minutesAgo(20) }];
    const result = await h.app.once();

    expect(result.delivery).toMatchObject({ retrying: 0, failed: 0 });
    expect(posts()).toHaveLength(1);
    const call = posts()[0];
    expect(call?.headers.authorization).toBe('Bearer xoxb-test');
    expect(call?.body).toMatchObject({
      channel: CHANNEL_ID,
      text: '엔비디아, 한국에 GPU 26만장 공급 — 아시아경제',
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
    expect(call?.body.thread_ts).toBeUndefined();
    const [header, facts, context, actions] = call?.blocks ?? [];
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: '엔비디아, 한국에 GPU 26만장 공급', emoji: true } });
    expect(facts).toMatchObject({ type: 'section', text: { type: 'mrkdwn', verbatim: true } });
    expect(mrkdwnTexts(facts)[0]).toMatch(/^• 26만장 → 260,000장$/m);
    // 09:40 in Seoul: 20 minutes before the fixed clock, shown in the configured zone.
    expect(mrkdwnTexts(context)).toEqual(['*아시아경제* · 2026-11-29 09:40 · 키워드: 엔비디아 · 주제: nvidia']);
    expect(actions).toMatchObject({ type: 'actions', elements: [{ type: 'button', url: 'https://a.test/1' }] });
    expect(await h.app.store.deliveryCounts()).toEqual([{ channel: CHANNEL, status: 'sent', count: 1 }]);
  });

  it("threads a second outlet's report of the same story, in a later cycle, under the first message", async () => {
    h.items.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: h.minutesAgo(20) }];
    await h.app.once();
    const first = accepted()[0];
    expect(first?.ts).toMatch(/^\d+\.\d+$/);

    h.clock.advance(5 * 60_000);
    h.items.b = [{ title: '엔비디아 GPU 26만장 공급에 "윈윈할 것"', link: 'https://b.test/1', pubDate: h.minutesAgo(1) }];
    await h.app.once();

    expect(posts()).toHaveLength(2);
    const update = posts()[1];
    expect(update?.body).toMatchObject({ channel: CHANNEL_ID, thread_ts: first?.ts, unfurl_links: 'false' });
    expect(update?.body.text).toBe('연합뉴스: 엔비디아 GPU 26만장 공급에 "윈윈할 것"');
    expect(mrkdwnTexts(update?.blocks).join('\n')).toContain('현재 2개 매체 보도');
    // A third cycle with nothing new sends nothing more.
    h.clock.advance(5 * 60_000);
    await h.app.once();
    expect(posts()).toHaveLength(2);
  });

  it('escapes a headline that would ping the channel, in every mrkdwn text and the fallback', async () => {
    // Double-escaped in the XML, as Korean feeds do: the title text really is "<!channel> …".
    h.items.a = [{ title: '&lt;!channel&gt; 긴급: 엔비디아 <@U123> 주문 & 공급', link: 'https://a.test/1', pubDate: h.minutesAgo(20) }];
    await h.app.once();

    const call = posts()[0];
    expect(call?.body.text).toBe('&lt;!channel&gt; 긴급: 엔비디아 &lt;@U123&gt; 주문 &amp; 공급 — 아시아경제');
    const texts = mrkdwnTexts(call?.blocks);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/<[!@#]/);
    for (const s of parsedStrings({ text: call?.body.text, blocks: call?.blocks })) expect(s).not.toContain('<!channel>');
    // The header is plain_text (never parsed by Slack), so it shows the headline as written.
    expect(call?.blocks?.[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '<!channel> 긴급: 엔비디아 <@U123> 주문 & 공급' } });
  });

  it('drops a singly escaped <!channel> as markup, so the posted headline cannot ping either', async () => {
    h.items.a = [{ title: '<!channel> 긴급: 엔비디아, 삼성에 HBM4 주문', link: 'https://a.test/2', pubDate: h.minutesAgo(20) }];
    await h.app.once();
    const call = posts()[0];
    expect(call?.body.text).toBe('긴급: 엔비디아, 삼성에 HBM4 주문 — 아시아경제');
    expect(JSON.stringify(call?.body)).not.toContain('<!channel>');
  });

  it('keeps an alert through a Slack outage (500, then 429 with Retry-After) and posts it exactly once when Slack recovers', async () => {
    h.items.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: h.minutesAgo(20) }];
    h.slack.fail({ status: 500 });
    const first = await h.app.once();

    expect(first.delivery).toMatchObject({ sent: [], retrying: 1, failed: 0 });
    expect(await h.app.store.deliveryCounts()).toEqual([{ channel: CHANNEL, status: 'pending', count: 1, lastError: expect.stringMatching(/HTTP 500/) }]);
    const retry500 = h.logger.at('warn').find((r) => r.msg?.startsWith('delivery failed, will retry'));
    expect(retry500?.msg).toMatch(/HTTP 500/);
    // First failure: the 30 s delivery backoff.
    expect(retry500?.obj).toMatchObject({ channel: CHANNEL, platform: 'slack', retryAt: '2026-11-29T01:00:30.000Z' });

    // Not due yet: nothing is tried.
    h.clock.advance(29_000);
    await h.app.deliver();
    expect(posts()).toHaveLength(1);

    h.slack.fail({ status: 429, retryAfter: 120 });
    h.clock.advance(1_000);
    expect(await h.app.deliver()).toMatchObject({ sent: [], retrying: 1 });
    expect(posts()).toHaveLength(2);
    expect(await h.app.store.deliveryCounts()).toEqual([{ channel: CHANNEL, status: 'pending', count: 1, lastError: expect.stringMatching(/rate limited, retry after 120 s/) }]);
    expect(h.logger.at('warn').at(-1)?.obj).toMatchObject({ attempts: 2, retryAt: '2026-11-29T01:02:30.000Z' });

    // Retry-After is honoured: a second early is still too early.
    h.clock.advance(119_000);
    await h.app.deliver();
    expect(posts()).toHaveLength(2);

    h.clock.advance(1_000);
    expect((await h.app.deliver()).sent).toHaveLength(1);
    h.clock.advance(3_600_000);
    expect((await h.app.deliver()).sent).toHaveLength(0);

    expect(posts()).toHaveLength(3);
    expect(accepted()).toHaveLength(1);
    expect(accepted()[0]?.body).toMatchObject({ channel: CHANNEL_ID, text: '엔비디아, 한국에 GPU 26만장 공급 — 아시아경제' });
    expect(await h.app.store.deliveryCounts()).toEqual([{ channel: CHANNEL, status: 'sent', count: 1 }]);
  });

  it('gives up at once on channel_not_found and reports the delivery as failed with the reason', async () => {
    h.items.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: h.minutesAgo(20) }];
    h.slack.fail({ error: 'channel_not_found' });
    const result = await h.app.once();

    expect(result.delivery).toMatchObject({ sent: [], retrying: 0, failed: 1 });
    expect(await h.app.store.deliveryCounts()).toEqual([
      { channel: CHANNEL, status: 'failed', count: 1, lastError: expect.stringMatching(/channel_not_found/) },
    ]);
    expect(h.logger.at('error').map((r) => r.msg)).toContainEqual(expect.stringMatching(/giving up \(permanent error\).*channel_not_found/));

    h.clock.advance(24 * 3_600_000);
    await h.app.deliver();
    await h.app.once();
    expect(posts()).toHaveLength(1);
  });
});
