import { describe, expect, it } from 'vitest';
import { formatSlackUpdate } from '../../../../src/core/format/slack/update.ts';
import { angleTokens, mrkdwnTexts, source, story, update } from './sample-messages.ts';

const ctx = { timeZone: 'Asia/Seoul' };
const sectionText = (msg: ReturnType<typeof formatSlackUpdate>) => (msg.blocks[0]?.type === 'section' ? msg.blocks[0].text.text : '');

describe('Slack update (a later outlet reported the story)', () => {
  it('is one short section: linked title, outlet, time and the outlet count', () => {
    const msg = formatSlackUpdate(update(), ctx);
    expect(msg.blocks).toHaveLength(1);
    expect(sectionText(msg)).toBe('📰 <https://hankyung.example.kr/a/9|젠슨 황 "한국은 AI 파트너"…GPU 26만장> — 한국경제, 2026-11-29 10:45\n현재 2개 매체 보도');
    expect(msg.text).toBe('한국경제: 젠슨 황 "한국은 AI 파트너"…GPU 26만장');
  });

  it.each([
    ['already among the other sources', story({ otherSources: [source({ feed: '조선일보' }), source()] }), 3],
    ['not yet among them', story({ otherSources: [source({ feed: '조선일보' })] }), 3],
    ['the first other outlet', story(), 2],
  ])('counts the new outlet once when it is %s', (_, s, n) => {
    expect(sectionText(formatSlackUpdate(update({ story: s }), ctx))).toMatch(new RegExp(`현재 ${n}개 매체 보도$`));
  });

  it('shows the title without a link when the source has no url', () => {
    expect(sectionText(formatSlackUpdate(update({ source: source({ url: undefined, title: 'A > B' }) }), ctx))).toMatch(/^📰 A &gt; B — /);
  });

  it('keeps | and > in the title from breaking the link', () => {
    const msg = formatSlackUpdate(update({ source: source({ title: '<!channel> 삼성|SK > 엔비디아' }) }), ctx);
    expect(angleTokens(sectionText(msg))).toEqual(['<https://hankyung.example.kr/a/9|&lt;!channel› 삼성｜SK › 엔비디아>']);
    expect(msg.text).toBe('한국경제: &lt;!channel&gt; 삼성|SK &gt; 엔비디아');
  });

  it('names the story it belongs to when it cannot go into a thread', () => {
    const msg = formatSlackUpdate(update(), ctx, false);
    expect(msg.blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '관련 기사: 엔비디아, 한국에 GPU 26만장 공급…14조원 규모', verbatim: true }],
    });
  });

  it('stays within a section with an absurdly long url and title', () => {
    const msg = formatSlackUpdate(update({ source: source({ url: `https://a.kr/?${'a=1&'.repeat(700)}`, title: '&'.repeat(1000) }) }), ctx);
    for (const text of mrkdwnTexts(msg.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
  });
});
