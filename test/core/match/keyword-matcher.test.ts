import { describe, it, expect } from 'vitest';
import { compileKeywords } from '../../../src/core/match/keyword-matcher.ts';
import type { KeywordOccurrence, KeywordSpec } from '../../../src/core/match/keyword-matcher.ts';
import { KOREAN_PARTICLES } from '../../../src/core/match/boundaries.ts';

const NFD = (s: string): string => s.normalize('NFD');

/** The original-text spans a single keyword matches, as [text, start, end]. */
function spans(keyword: string, text: string): [string, number, number][] {
  return compileKeywords([{ topic: 't', keyword }])
    .find(text)
    .map((o) => [o.text, o.start, o.end]);
}

function matches(keyword: string, text: string): boolean {
  return spans(keyword, text).length > 0;
}

describe('compileKeywords: Korean particles and word edges', () => {
  it.each(KOREAN_PARTICLES.map((p) => [p]))('엔비디아 matches when followed by the particle %s', (particle) => {
    expect(spans('엔비디아', `엔비디아${particle} 발표`)).toEqual([['엔비디아', 0, 4]]);
  });

  it.each([
    ['엔비디아가 밝혔다', true],
    ['엔비디아는', true],
    ['엔비디아의 GPU', true],
    ['엔비디아向 수출', true],
    ['엔비디아와의 협력', true],
    ['엔비디아에서는', true],
    ['엔비디아에서부터', true],
    ['(엔비디아)', true],
    ['엔비디아', true],
    ['엔비디아.', true],
    ['엔비디아AI', true],
    ['엔비디아코리아', false],
    ['엔비디아다', false],
    ['엔비디아이다', false],
    ['엔비디아와의를의', false],
    ['신엔비디아', false],
  ])('엔비디아 in %s → %s', (text, expected) => {
    expect(matches('엔비디아', text)).toBe(expected);
  });

  it.each([
    ['삼성', '대삼성', false],
    ['삼성', '대 삼성', true],
    ['삼성', 'AI삼성', true],
    ['삼성', '삼성전자', false],
    ['삼성*', '삼성전자', true],
    ['삼성*', '삼성', true],
    ['삼성*', '대삼성전자', false],
    ['삼성＊', '삼성전자', true],
    ['GPU*', 'GPUDirect', true],
    ['GPU', 'GPUDirect', false],
  ])('%s in %s → %s', (keyword, text, expected) => {
    expect(matches(keyword, text)).toBe(expected);
  });

  it('reports a compound keyword span without the rest of the word', () => {
    expect(spans('삼성*', '삼성전자가')).toEqual([['삼성', 0, 2]]);
  });
});

describe('compileKeywords: spacing variants', () => {
  const variants = ['피지컬 AI', '피지컬AI', '피지컬·AI', '피지컬-AI', '피지컬ㆍAI', '피지컬_AI', '피지컬  AI'];
  const cases = variants.flatMap((keyword) => variants.map((text) => [keyword, text] as const));
  it.each(cases)('keyword %s matches text %s', (keyword, text) => {
    expect(spans(keyword, `최근 ${text}를 공개`)).toEqual([[text, 3, 3 + text.length]]);
  });

  it.each([
    ['젠슨 황', '젠슨황 CEO', true],
    ['젠슨황', '젠슨 황 CEO', true],
    ['젠슨 황', '젠슨 황이', true],
    ['GPU', 'GP U', false],
    ['GPU', 'G-PU', false],
    ['AI', 'A I', false],
    ['GP U', 'GP U', true],
    ['GP U', 'GPU', true],
    ['H 100', 'H100', true],
    ['H100', 'H 100', false],
    ['SK하이닉스', 'SK 하이닉스는', true],
    ['SK 하이닉스', 'SK하이닉스', true],
  ])('%s in %s → %s', (keyword, text, expected) => {
    expect(matches(keyword, text)).toBe(expected);
  });

  it('reports the span covering the separators between the parts', () => {
    expect(spans('젠슨황', '젠슨 황 CEO')).toEqual([['젠슨 황', 0, 4]]);
  });
});

describe('compileKeywords: Latin keywords', () => {
  it.each([
    ['생성형AI', true],
    ['AI가', true],
    ['피지컬 AI를', true],
    ['AI', true],
    ['(AI)', true],
    ['AIs', true],
    ['KAIST', false],
    ['SAIL', false],
    ['TAIWAN', false],
    ['AIR', false],
    ['AI2', true],
    ['2AI', false],
    ['ai', true],
    ['Ai 반도체', true],
  ])('AI in %s → %s', (text, expected) => {
    expect(matches('AI', text)).toBe(expected);
  });

  it.each([
    ['GPU', 'GPUs', true],
    ['GPU', "GPUs' prices", true],
    ['GPU', 'GPUs’ prices', true],
    ['GPU', 'GPUsX', false],
    ['box', 'boxes', true],
    ['Nvidia', "Nvidia's chips", true],
    ['Nvidia', 'Nvidia’s chips', true],
    ['Nvidia', 'NVIDIA', true],
    ['NVIDIA', 'nvidia', true],
    ['nvidia', 'NVidia의', true],
    ['HBM', 'HBM4 공급', true],
    ['HBM', 'HBM3E를', true],
    ['HBM', 'HBM3E2', false],
    ['HBM', 'HBM4X7', false],
    ['LPDDR', 'LPDDR5X', true],
    ['H100', 'H1000', false],
    ['H100', 'H100s', true],
    ['café', 'Cafe\u0301s', true],
    ['café', 'cafés2', false],
  ])('%s in %s → %s', (keyword, text, expected) => {
    expect(matches(keyword, text)).toBe(expected);
  });

  it('reports a plural or possessive occurrence without its suffix', () => {
    expect(spans('GPU', 'GPUs')).toEqual([['GPU', 0, 3]]);
    expect(spans('Nvidia', "Nvidia's")).toEqual([['Nvidia', 0, 6]]);
  });
});

describe('compileKeywords: Unicode normalisation and offsets', () => {
  it.each([
    ['GPU', 'ＧＰＵ 공급', [['ＧＰＵ', 0, 3]]],
    ['ＧＰＵ', 'GPU 공급', [['GPU', 0, 3]]],
    ['엔비디아', NFD('엔비디아가'), [[NFD('엔비디아'), 0, NFD('엔비디아').length]]],
    [NFD('엔비디아'), '엔비디아가', [['엔비디아', 0, 4]]],
    ['엔비디아', '㈜엔비디아가', [['엔비디아', 1, 5]]],
    ['주', '㈜엔비디아', [['㈜', 0, 1]]],
    ['엔비디아', `${NFD('한국')} 엔비디아`, [['엔비디아', 7, 11]]],
    ['삼성전자', '삼성\u200B전자', [['삼성\u200B전자', 0, 5]]],
  ] as const)('%s in %s', (keyword, text, expected) => {
    expect(spans(keyword, text)).toEqual(expected);
  });

  it('does not let a decomposed syllable leak a partial match : 사 is not found inside NFD 삼', () => {
    expect(matches('사', NFD('삼성'))).toBe(false);
  });

  it('reports offsets that slice the original text to the reported text', () => {
    const text = `㈜ＧＰＵ ${NFD('엔비디아')}와의 피지컬ㆍAI 협력`;
    const m = compileKeywords([
      { topic: 'a', keyword: 'GPU' },
      { topic: 'b', keyword: '엔비디아' },
      { topic: 'c', keyword: '피지컬 AI' },
    ]);
    const found = m.find(text);
    expect(found.map((o) => o.keyword)).toEqual(['GPU', '엔비디아', '피지컬 AI']);
    for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.text);
    expect(found[2]?.text).toBe('피지컬ㆍAI');
  });
});

describe('compileKeywords: long texts and repeated calls', () => {
  it('finds keywords past the first few hundred units with exact offsets, through NFKC expansions', () => {
    const filler = '㈜\uFDFA 가나다라 … '.repeat(60); // U+FDFA is 18 units after NFKC
    const text = `${filler}엔비디아가 ＧＰＵ를`;
    const m = compileKeywords([
      { topic: 'a', keyword: '엔비디아' },
      { topic: 'b', keyword: 'GPU' },
    ]);
    const found = m.find(text);
    expect(found.map((o) => [o.text, o.start])).toEqual([
      ['엔비디아', filler.length],
      ['ＧＰＵ', filler.length + 6],
    ]);
  });

  it('gives the same answer when one matcher is called again, on a shorter or the same text', () => {
    const m = compileKeywords([{ topic: 't', keyword: 'AI' }]);
    const long = 'AI '.repeat(200);
    expect(m.find(long)).toHaveLength(200);
    expect(m.find('AI').map((o) => [o.start, o.end])).toEqual([[0, 2]]);
    expect(m.find(long)).toHaveLength(200);
  });

  it('keeps a keyword separator after a character outside the BMP (gaps are per code unit)', () => {
    expect(spans('😀A B', 'x 😀A B y')).toEqual([['😀A B', 2, 7]]);
  });
});

describe('compileKeywords: several keywords', () => {
  it('reports a keyword shared by two topics once per topic', () => {
    const m = compileKeywords([
      { topic: 'chips', keyword: '엔비디아' },
      { topic: 'ai', keyword: '엔비디아' },
      { topic: 'us', keyword: 'NVIDIA' },
      { topic: 'us', keyword: 'nvidia' },
    ]);
    const found = m.find('엔비디아(Nvidia)');
    expect(found.map((o) => [o.topic, o.keyword, o.start])).toEqual([
      ['chips', '엔비디아', 0],
      ['ai', '엔비디아', 0],
      ['us', 'NVIDIA', 5],
      ['us', 'nvidia', 5],
    ]);
  });

  it('reports exclusions with exclude set', () => {
    const m = compileKeywords([
      { topic: 'money', keyword: '위안' },
      { topic: 'money', keyword: '위안부', exclude: true },
    ]);
    const found: KeywordOccurrence[] = m.find('위안부 문제, 위안화 약세');
    expect(found).toEqual([{ topic: 'money', keyword: '위안부', exclude: true, text: '위안부', start: 0, end: 3 }]);
    expect(m.find('위안 약세')).toEqual([
      { topic: 'money', keyword: '위안', exclude: false, text: '위안', start: 0, end: 2 },
    ]);
  });

  it('returns every occurrence sorted by start, never overlapping for one keyword', () => {
    const m = compileKeywords([
      { topic: 't', keyword: '!!' },
      { topic: 't', keyword: 'AI' },
    ]);
    expect(m.find('AI !!!! AI').map((o) => [o.keyword, o.start, o.end])).toEqual([
      ['AI', 0, 2],
      ['!!', 3, 5],
      ['!!', 5, 7],
      ['AI', 8, 10],
    ]);
  });

  it('lets keywords of different specs overlap each other', () => {
    const m = compileKeywords([
      { topic: 'a', keyword: '삼성전자' },
      { topic: 'b', keyword: '삼성*' },
    ]);
    expect(m.find('삼성전자가').map((o) => [o.keyword, o.start, o.end])).toEqual([
      ['삼성*', 0, 2],
      ['삼성전자', 0, 4],
    ]);
  });

  it('lists topics in spec order', () => {
    const m = compileKeywords([
      { topic: 'b', keyword: 'x' },
      { topic: 'a', keyword: 'y' },
      { topic: 'b', keyword: 'z' },
    ]);
    expect(m.topics).toEqual(['b', 'a']);
  });

  it.each([[''], ['   '], ['·-_'], ['*'], ['\u200B']])('rejects keyword %j that normalises to nothing', (keyword) => {
    expect(() => compileKeywords([{ topic: 'ok', keyword: 'GPU' }, { topic: 'bad', keyword }])).toThrow(
      `keyword "${keyword}" of topic "bad"`,
    );
  });
});

describe('compileKeywords: 1,000 keywords', () => {
  // Distinct three-syllable words from syllables 낀…낿 (not used in the article filler),
  // so exactly the planted ones can occur.
  const rare = (n: number): string =>
    [Math.floor(n / 256), Math.floor(n / 16) % 16, n % 16].map((d) => String.fromCharCode(0xb080 + d)).join('');
  const specs: KeywordSpec[] = Array.from({ length: 1000 }, (_, n) => ({ topic: `topic${n % 37}`, keyword: rare(n) }));
  specs[500] = { topic: 'chips', keyword: '엔비디아' };
  specs[501] = { topic: 'chips', keyword: 'GPU' };
  specs[502] = { topic: 'ai', keyword: '피지컬 AI' };
  specs[503] = { topic: 'chips', keyword: '엔비디아코리아', exclude: true };
  const matcher = compileKeywords(specs);

  it('still finds exactly the keywords present', () => {
    const article =
      `젠슨 황 엔비디아 CEO는 ${rare(17)}와의 회동에서 ＧＰＵ 26만장 공급을 밝혔다. ` +
      `${rare(999)}측은 피지컬AI 전략도 공개했다. 엔비디아코리아 관계자는 ${rare(42)}코 얘기를 했다.`;
    const found = matcher.find(article).map((o) => o.keyword);
    expect(found).toEqual(['엔비디아', rare(17), 'GPU', rare(999), '피지컬 AI', '엔비디아코리아']);
  });
});
