import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/facts/extract.ts';
import type { Fact } from '../../../src/core/facts/fact.ts';

/**
 * The seed article: line 2 is the headline; the body runs from line 3 up to
 * the reporter's byline. The boilerplate cleaner removes the byline and
 * everything after it before extraction, so the test cuts there itself.
 */
const lines = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
const byline = lines.indexOf('김성욱 기자 abc123@asiae.co.kr');
const seed = {
  headline: lines[1] ?? '',
  body: lines.slice(2, byline).join('\n'),
  published: new Date('2025-11-03T09:00:00+09:00'),
  timeZone: 'Asia/Seoul',
};

function find(facts: Fact[], predicate: (f: Fact) => boolean): Fact | undefined {
  return facts.find(predicate);
}

describe('extractFacts on the seed article', () => {
  const { facts, headlineFacts } = extractFacts(seed);

  it('cuts the fixture where the cleaner would', () => {
    expect(byline).toBeGreaterThan(2);
    expect(seed.headline).toBe('엔비디아 GPU 26만장 공급에 "윈윈할 것"');
  });

  it('finds the headline quantity of 26만장', () => {
    expect(find(facts, (f) => f.key === 'quantity:260000:units' && f.where === 'headline')).toMatchObject({
      text: '26만장', value: 260000, unit: '장', start: 9, end: 13,
    });
  });

  it('finds the GPU allocations and the market share', () => {
    expect(facts.filter((f) => f.key === 'quantity:50000:units').length).toBeGreaterThanOrEqual(2);
    expect(find(facts, (f) => f.key === 'quantity:60000:units')).toMatchObject({ text: '6만장', where: 'body' });
    expect(find(facts, (f) => f.key === 'percent:90:%')).toMatchObject({ text: '90%' });
  });

  it('finds the quotes, with speakers in the body', () => {
    expect(find(facts, (f) => f.kind === 'quote' && f.text.includes('윈윈할 것'))).toMatchObject({ where: 'headline' });
    expect(find(facts, (f) => f.kind === 'quote' && f.text.startsWith('엔비디아가 한국을 시작점으로'))).toMatchObject({ speaker: '하정우' });
    expect(find(facts, (f) => f.kind === 'quote' && f.text.startsWith('한국은 기술·제조 리더'))).toMatchObject({ speaker: '젠슨 황' });
    expect(find(facts, (f) => f.kind === 'quote' && f.text.startsWith('아니다.'))).toMatchObject({ speaker: '도널드 트럼프' });
  });

  it('finds the people, resolving 하 수석 and 황 CEO', () => {
    expect(find(facts, (f) => f.kind === 'person' && f.name === '하정우')).toMatchObject({ title: '대통령실 AI미래기획수석' });
    expect(find(facts, (f) => f.kind === 'person' && f.name === '젠슨 황')).toMatchObject({ title: '엔비디아 최고경영자(CEO)', where: 'lead' });
    expect(find(facts, (f) => f.kind === 'person' && f.text === '하 수석')).toMatchObject({ key: 'person:하정우' });
    expect(find(facts, (f) => f.kind === 'person' && f.text === '황 CEO')).toMatchObject({ key: 'person:젠슨 황' });
  });

  it('finds the organisations', () => {
    const names = new Set(facts.filter((f) => f.kind === 'org').map((f) => (f.kind === 'org' ? f.name : '')));
    expect(names).toEqual(new Set(['엔비디아', '대통령실', '삼성', 'SK', '현대자동차', '네이버클라우드']));
  });

  it('resolves 지난달 31일 and 2일(현지시간) against the publish date', () => {
    expect(find(facts, (f) => f.text === '지난달 31일')).toMatchObject({ kind: 'date', date: '2025-10-31' });
    expect(find(facts, (f) => f.text === '2일(현지시간)')).toMatchObject({ kind: 'date', date: '2025-11-02', localTime: true });
  });

  it('finds no money in an article about GPUs', () => {
    expect(facts.filter((f) => f.kind === 'money')).toEqual([]);
  });

  it('does not see text the cleaner removed', () => {
    expect(facts.some((f) => f.text.includes('3190만') || f.text.includes('구독자'))).toBe(false);
    expect(facts.some((f) => f.kind === 'person' && f.name === '김성욱')).toBe(false);
  });

  it('leads the headline facts with the 26만장 quantity', () => {
    expect(headlineFacts.map((f) => f.key)).toEqual(['quantity:260000:units', 'quote:윈윈할 것', 'org:엔비디아']);
  });

  it('gives every fact a span that is its text', () => {
    for (const f of facts) {
      const source = f.where === 'headline' ? seed.headline : seed.body;
      expect(source.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe('extractFacts', () => {
  const base = { published: new Date('2026-01-02T10:00:00+09:00'), timeZone: 'Asia/Seoul' };

  it('treats the sub-headline and first sentence as the lead', () => {
    const { facts } = extractFacts({ ...base, headline: '제목', body: '부제 5만장\n첫 문장 6만장이다. 둘째 문장 7만장이다.' });
    expect(facts.map((f) => [f.text, f.where])).toEqual([
      ['5만장', 'lead'],
      ['6만장', 'lead'],
      ['7만장', 'body'],
    ]);
  });

  it('reads full-width text and reports spans as written', () => {
    const { facts } = extractFacts({ ...base, headline: 'ＧＰＵ　２６만장，１４조원', body: '' });
    expect(facts.map((f) => [f.key, f.text])).toEqual([
      ['quantity:260000:units', '２６만장'],
      ['money:14000000000000:KRW', '１４조원'],
    ]);
  });

  it('resolves a short reference in the body to a person named in the headline', () => {
    const { facts } = extractFacts({ ...base, headline: '최태원 SK그룹 회장, AI 투자', body: '최 회장은 "투자하겠다"고 말했다.' });
    expect(find(facts, (f) => f.kind === 'quote')).toMatchObject({ speaker: '최태원', where: 'lead' });
  });

  it('resolves 지난달 31일 across the year end', () => {
    const { facts } = extractFacts({ ...base, headline: '지난달 31일 발표', body: '' });
    expect(facts).toEqual([expect.objectContaining({ kind: 'date', date: '2025-12-31', where: 'headline' })]);
  });

  it('returns nothing for empty text', () => {
    expect(extractFacts({ ...base, headline: '', body: '' })).toEqual({ facts: [], headlineFacts: [] });
  });
});
