import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/facts/fact.ts';
import { headlineFacts, rankFacts } from '../../../src/core/facts/rank.ts';

const org = (where: Fact['where'], start: number, name = '엔비디아'): Fact => ({
  kind: 'org', key: `org:${name}`, name, text: name, start, end: start + name.length, where,
});
const qty = (where: Fact['where'], start: number, exact = '260000'): Fact => ({
  kind: 'quantity', key: `quantity:${exact}:units`, value: Number(exact), exact, unit: '장', text: '26만장', start, end: start + 4, where,
});
const quote = (where: Fact['where'], start: number): Fact => ({
  kind: 'quote', key: 'quote:윈윈할 것', text: '윈윈할 것', start, end: start + 5, where,
});
const date = (where: Fact['where'], start: number): Fact => ({
  kind: 'date', key: 'date:2025-10-31', date: '2025-10-31', relative: true, text: '지난달 31일', start, end: start + 7, where,
});

describe('rankFacts', () => {
  it('puts headline before lead before body', () => {
    const ranked = rankFacts([qty('body', 0, '1'), qty('lead', 50, '2'), qty('headline', 9, '3')]);
    expect(ranked.map((f) => f.where)).toEqual(['headline', 'lead', 'body']);
  });

  it('puts numbers before quotes, quotes before dates, dates before names within one place', () => {
    const ranked = rankFacts([org('headline', 0), date('headline', 2), quote('headline', 20), qty('headline', 9)]);
    expect(ranked.map((f) => f.kind)).toEqual(['quantity', 'quote', 'date', 'org']);
  });

  it('keeps only the best-ranked occurrence of a key', () => {
    const ranked = rankFacts([qty('body', 100), qty('lead', 10), qty('headline', 9)]);
    expect(ranked).toEqual([expect.objectContaining({ where: 'headline', start: 9 })]);
  });

  it('orders equal facts by position', () => {
    const ranked = rankFacts([org('body', 30, 'SK'), org('body', 10, '삼성')]);
    expect(ranked.map((f) => f.start)).toEqual([10, 30]);
  });
});

describe('headlineFacts', () => {
  it('returns the top three ranked facts', () => {
    const facts = [org('body', 0, '삼성'), qty('body', 5, '1'), org('headline', 0), quote('headline', 20), qty('headline', 9)];
    expect(headlineFacts(facts).map((f) => f.key)).toEqual(['quantity:260000:units', 'quote:윈윈할 것', 'org:엔비디아']);
    expect(headlineFacts(facts, 1)).toHaveLength(1);
  });
});

describe('headlineFacts', () => {
  it('is the start of rankFacts for any facts and count', () => {
    let seed = 5;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const places: Fact['where'][] = ['headline', 'lead', 'body'];
    const makers = [
      (w: Fact['where'], s: number) => org(w, s, r() < 0.5 ? '엔비디아' : '삼성'),
      (w: Fact['where'], s: number) => qty(w, s, r() < 0.5 ? '260000' : '1'),
      quote,
      date,
    ];
    for (let round = 0; round < 500; round++) {
      const facts = Array.from({ length: Math.floor(r() * 12) }, () =>
        makers[Math.floor(r() * makers.length)]!(places[Math.floor(r() * 3)]!, Math.floor(r() * 20)),
      );
      for (const count of [0, 1, 3, 5, 20, -1, 2.5]) {
        expect(headlineFacts(facts, count)).toEqual(rankFacts(facts).slice(0, count));
      }
    }
  });
});
