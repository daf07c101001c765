import { describe, expect, it } from 'vitest';
import { formatSlackAlert } from '../../../../src/core/format/slack/alert.ts';
import type { SlackBlock } from '../../../../src/core/format/slack/blocks.ts';
import { alert, angleTokens, LONE_SURROGATE, mrkdwnTexts, source } from './sample-messages.ts';

const ctx = { timeZone: 'Asia/Seoul' };
const ofType = <T extends SlackBlock['type']>(blocks: SlackBlock[], type: T) =>
  blocks.filter((b): b is Extract<SlackBlock, { type: T }> => b.type === type);

describe('Slack alert', () => {
  it('opens with the headline as a header and falls back to headline and outlet', () => {
    const msg = formatSlackAlert(alert(), ctx);
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '엔비디아, 한국에 GPU 26만장 공급…14조원 규모', emoji: true } });
    expect(msg.text).toBe('엔비디아, 한국에 GPU 26만장 공급…14조원 규모 — 연합뉴스');
  });

  it('lists the top three facts as bullets', () => {
    const [section] = ofType(formatSlackAlert(alert(), ctx).blocks, 'section');
    expect(section?.text.text).toBe('• 26만장 → 260,000장\n• 약 14조원 → 약 KRW 14,000,000,000,000\n• 엔비디아');
  });

  it('has no facts section when there are no facts', () => {
    expect(ofType(formatSlackAlert(alert({ facts: [] }), ctx).blocks, 'section')).toEqual([]);
  });

  it.each([
    [{}, ['*연합뉴스* · 2026-11-29 10:20 · 키워드: 엔비디아, GPU · 주제: AI 반도체']],
    [{ keywords: [], topics: [] }, ['*연합뉴스* · 2026-11-29 10:20']],
    [{ keywords: ['GPU', 'gpu', '엔비디아'] }, ['*연합뉴스* · 2026-11-29 10:20 · 키워드: GPU, 엔비디아 · 주제: AI 반도체']],
    [
      { otherSources: [source(), source({ feed: '조선일보' }), source({ feed: '한국경제' })] },
      ['*연합뉴스* · 2026-11-29 10:20 · 키워드: 엔비디아, GPU · 주제: AI 반도체', '다른 매체 2곳도 보도: 한국경제, 조선일보'],
    ],
  ])('tells outlet, local time, why it matched and who else reported it (%j)', (over, expected) => {
    const [context] = ofType(formatSlackAlert(alert(over), ctx).blocks, 'context');
    expect(context?.elements.map((e) => e.text)).toEqual(expected);
  });

  it('keeps a long list of other outlets short', () => {
    const others = Array.from({ length: 200 }, (_, i) => source({ feed: `지역신문${i}`.repeat(5) }));
    const [context] = ofType(formatSlackAlert(alert({ otherSources: others }), ctx).blocks, 'context');
    const also = context?.elements[1]?.text ?? '';
    expect(also.startsWith('다른 매체 200곳도 보도: 지역신문0')).toBe(true);
    expect(also).toMatch(/, 외 \d+$/);
    expect(also.length).toBeLessThanOrEqual(3000);
  });

  it('links the article with a "기사 보기" button', () => {
    const [actions] = ofType(formatSlackAlert(alert(), ctx).blocks, 'actions');
    expect(actions?.elements).toEqual([
      {
        type: 'button',
        action_id: 'open_article',
        text: { type: 'plain_text', text: '기사 보기', emoji: true },
        url: 'https://news.example.kr/article/123?from=rss&utm=x',
      },
    ]);
  });

  it.each([undefined, 'javascript:alert(1)', `https://a.kr/${'x'.repeat(3000)}`])('has no button for the url %j', (url) => {
    expect(ofType(formatSlackAlert(alert({ url }), ctx).blocks, 'actions')).toEqual([]);
  });

  it('truncates a long Korean headline to 150 characters in the header, on a character boundary', () => {
    const title = `${'삼성전자 HBM4 양산 본격화, 엔비디아 공급 확대 '.repeat(6)}😀😀😀`;
    const msg = formatSlackAlert(alert({ title }), ctx);
    const header = msg.blocks[0]?.type === 'header' ? msg.blocks[0].text.text : '';
    expect(header.length).toBeLessThanOrEqual(150);
    expect(header.endsWith('…')).toBe(true);
    expect(header).not.toMatch(LONE_SURROGATE);
    expect(title.startsWith(header.slice(0, -1))).toBe(true);
  });

  it('cannot ping anyone or inject a link from feed text', () => {
    const msg = formatSlackAlert(
      alert({
        title: '<!channel> 긴급 <@U123> & <https://evil.example|click>',
        feed: '<!here> 속보',
        keywords: ['<!everyone>'],
        topics: ['<#C999>'],
        otherSources: [source({ feed: '<@U999|boss>' })],
        facts: [{ key: 'o', kind: 'org', text: '<!subteam^S1>', name: '<!subteam^S1>', start: 0, end: 1, where: 'headline' }],
      }),
      ctx,
    );
    expect(msg.text).toBe('&lt;!channel&gt; 긴급 &lt;@U123&gt; &amp; &lt;https://evil.example|click&gt; — &lt;!here&gt; 속보');
    for (const text of mrkdwnTexts(msg.blocks)) expect(angleTokens(text)).toEqual([]);
    // plain_text is never parsed by Slack: the header shows the title as written.
    expect(msg.blocks[0]?.type === 'header' && msg.blocks[0].text.text).toBe('<!channel> 긴급 <@U123> & <https://evil.example|click>');
  });

  it('marks every mrkdwn text verbatim so Slack does not parse mentions or names itself', () => {
    const texts = JSON.stringify(formatSlackAlert(alert({ otherSources: [source()] }), ctx).blocks);
    expect(texts.match(/"type":"mrkdwn"/g)?.length).toBe(texts.match(/"verbatim":true/g)?.length);
  });
});
