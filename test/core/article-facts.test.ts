import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFacts } from '../../src/core/article-facts.ts';

const seed = readFileSync('test/fixtures/seed-article.txt', 'utf8').split('\n');
const published = new Date('2025-11-03T09:00:00+09:00');

describe('the facts of a matched article', () => {
  it('reads the seed article\'s headline facts from the cleaned text, never from the junk after it', () => {
    const r = articleFacts({ title: seed[1]!, summary: seed.slice(2).join('\n'), published }, 'Asia/Seoul');
    expect(r.facts[0]).toMatchObject({ kind: 'quantity', value: 260000, unit: '장', where: 'headline' });
    expect(r.factKeys).toEqual(expect.arrayContaining(['quantity:260000:units']));
    expect(r.factKeys.some((k) => k.includes('31900000'))).toBe(false); // '구독자 3190만' teaser
  });

  it('strips title tags before comparing headlines', () => {
    expect(articleFacts({ title: '[속보] 엔비디아, 한국에 GPU 26만장 공급 - 아시아경제', summary: '', published }, 'Asia/Seoul').headline).toBe(
      '엔비디아, 한국에 GPU 26만장 공급',
    );
  });
});
