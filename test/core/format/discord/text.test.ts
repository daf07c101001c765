import { describe, expect, it } from 'vitest';
import { escapeInlineMarkdown, escapeMarkdown, fit, maskedLink, mdText, oneLine, safeUrl, titleText } from '../../../../src/core/format/discord/text.ts';

/** True when the string holds a lone surrogate (a pair cut in half). */
const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('escaping Discord markdown', () => {
  it.each([
    ['**굵게** _기울임_ ~~취소~~ ||스포||', '\\*\\*굵게\\*\\* \\_기울임\\_ \\~\\~취소\\~\\~ \\|\\|스포\\|\\|'],
    ['`코드`', '\\`코드\\`'],
    ['[단독] 삼성(종합)', '\\[단독\\] 삼성\\(종합\\)'],
    ['<@123> <@&456> <#789>', '\\<@123\\> \\<@&456\\> \\<\\#789\\>'],
    ['# 제목 - 목록 > 인용', '\\# 제목 \\- 목록 \\> 인용'],
    ['C:\\경로', 'C:\\\\경로'],
    ['평범한 한국어 제목', '평범한 한국어 제목'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('escapes only inline styling where links and mentions do not render (titles)', () => {
    expect(escapeInlineMarkdown('[단독] **삼성** (종합) <@1>')).toBe('[단독] \\*\\*삼성\\*\\* (종합) <@1>');
  });

  it('puts feed text on one line so it cannot start a heading, list or quote', () => {
    expect(oneLine('제목\n# 가짜 제목\r\n- 목록\t끝 ')).toBe('제목 # 가짜 제목 - 목록 끝');
    expect(mdText('제목\n# 가짜', 100)).toBe('제목 \\# 가짜');
  });
});

describe('truncating on character boundaries', () => {
  it('keeps text that fits unchanged', () => {
    expect(fit('짧은 제목', 256)).toBe('짧은 제목');
    expect(fit('가'.repeat(256), 256)).toBe('가'.repeat(256));
  });

  it('cuts Korean text to the limit with an ellipsis', () => {
    const out = fit('가'.repeat(300), 256);
    expect(out).toHaveLength(256);
    expect(out).toBe(`${'가'.repeat(255)}…`);
  });

  it('never cuts a surrogate pair or an emoji sequence in half', () => {
    // 255 Hangul then emoji: the pair (2 code units) straddles the limit.
    const text = `${'가'.repeat(254)}😀😀😀`;
    for (const max of [254, 255, 256, 257]) {
      const out = fit(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(hasLoneSurrogate(out)).toBe(false);
      expect(out.endsWith('…')).toBe(true);
    }
    const family = '👨‍👩‍👧‍👦'; // one grapheme of 11 code units
    expect(fit(`가${family}${family}`, 14)).toBe(`가${family}…`);
  });

  it('counts escapes toward the limit and never leaves a dangling backslash', () => {
    const out = mdText('*'.repeat(300), 256);
    expect(out.length).toBeLessThanOrEqual(256);
    expect(out).toBe(`${'\\*'.repeat(127)}…`);
    // 250 + "\_\_" (4) + 밑 = 255, then the ellipsis; "줄" would not fit.
    expect(titleText(`${'가'.repeat(250)}__밑줄__`, 256)).toBe(`${'가'.repeat(250)}\\_\\_밑…`);
    // 254 + "\" would fit 256 with the ellipsis, but an escape is never split from its character.
    expect(titleText(`${'가'.repeat(254)}__밑줄__`, 256)).toBe(`${'가'.repeat(254)}…`);
  });
});

describe('links', () => {
  it('accepts http(s) URLs and encodes what would end a masked link', () => {
    expect(safeUrl('https://news.example.kr/a (1)/b?q=x y')).toBe('https://news.example.kr/a%20%281%29/b?q=x%20y');
    expect(safeUrl('https://news.example.kr/기사/1')).toBe('https://news.example.kr/%EA%B8%B0%EC%82%AC/1');
  });

  it.each(['javascript:alert(1)', 'ftp://x.example/a', 'not a url', '', undefined, `https://x.example/${'a'.repeat(1000)}`])(
    'rejects %j',
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );

  it('keeps a crafted title from closing the link or adding its own', () => {
    const link = maskedLink('속보](https://evil.example) [클릭', 'https://news.example.kr/1', 256);
    expect(link).toBe('[속보\\]\\(https://evil.example\\) \\[클릭](https://news.example.kr/1)');
    // Exactly one unescaped "](": the real one.
    expect(link.match(/(?<!\\)\]\(/g)).toHaveLength(1);
  });

  it('shows the title unlinked when the URL is unusable', () => {
    expect(maskedLink('제목 [1]', 'javascript:alert(1)', 256)).toBe('제목 \\[1\\]');
  });
});
