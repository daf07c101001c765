import { describe, expect, it } from 'vitest';
import { headlineSignature, normalizeHeadline } from '../../../src/core/stories/headline-signature.ts';

describe('normalizeHeadline', () => {
  it('drops desk tags, the Google News outlet, punctuation, quotes and spaces', () => {
    expect(normalizeHeadline('[속보] 엔비디아 GPU 26만장 공급에 "윈윈할 것" - 아시아경제')).toBe('엔비디아gpu26만장공급에윈윈할것');
  });

  it('spells out headline hanja', () => {
    expect(normalizeHeadline('韓美日 정상, 北 도발 규탄…與野 공방')).toBe('한국미국일본정상북한도발규탄여당야당공방');
  });

  it('reads 中企 as small firms, not China', () => {
    expect(normalizeHeadline('中企 수출 늘고 中 수입 줄어')).toBe('중소기업수출늘고중국수입줄어');
  });

  it('folds full-width forms and case with NFKC', () => {
    expect(normalizeHeadline('ＧＰＵ　２６만장…Nvidia')).toBe('gpu26만장nvidia');
  });
});

describe('headlineSignature', () => {
  it('is the set of character bigrams', () => {
    expect(headlineSignature('삼성 HBM')).toEqual(new Set(['삼성', '성h', 'hb', 'bm']));
  });

  it('is the same for two spellings of one headline', () => {
    expect(headlineSignature('[1보] 美 연준, 금리 인하')).toEqual(headlineSignature('미국 연준 "금리 인하"'));
  });

  it('keeps a one-character headline and gives an empty set for punctuation only', () => {
    expect(headlineSignature('[속보] 北')).toEqual(new Set(['북한']));
    expect(headlineSignature('!').size).toBe(0);
    expect(headlineSignature('가')).toEqual(new Set(['가']));
  });
});
