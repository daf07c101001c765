import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/facts/fact.ts';
import { describeFact, groupDigits } from '../../../src/core/format/fact-text.ts';

const base = { key: 'k', start: 0, end: 1, where: 'headline' as const };

describe('describing facts', () => {
  it.each([
    ['260000', '260,000'],
    ['14000000000000', '14,000,000,000,000'],
    ['202.49', '202.49'],
    ['999', '999'],
  ])('groups %s as %s', (exact, grouped) => {
    expect(groupDigits(exact)).toBe(grouped);
  });

  it.each<[Fact, string]>([
    [{ ...base, kind: 'quantity', text: '26만장', value: 260000, exact: '260000', unit: '장' }, '26만장 → 260,000장'],
    [{ ...base, kind: 'quantity', text: '26만여 장', value: 260000, exact: '260000', unit: '장', approx: 'over' }, '26만여 장 → 260,000장 이상'],
    [{ ...base, kind: 'money', text: '약 14조원', value: 14e12, exact: '14000000000000', currency: 'KRW', approx: 'about' }, '약 14조원 → 약 KRW 14,000,000,000,000'],
    [{ ...base, kind: 'percent', text: '90%', value: 90, exact: '90', unit: '%' }, '90%'],
    [{ ...base, kind: 'date', text: '지난달 31일', date: '2025-10-31', relative: true }, '지난달 31일 → 2025-10-31'],
    [{ ...base, kind: 'quote', text: '"윈윈할 것"', speaker: '하정우' }, '“윈윈할 것” — 하정우'],
    [{ ...base, kind: 'person', text: '젠슨 황', name: '젠슨 황', title: '엔비디아 최고경영자(CEO)' }, '젠슨 황 (엔비디아 최고경영자(CEO))'],
    [{ ...base, kind: 'org', text: 'NVIDIA', name: '엔비디아' }, '엔비디아'],
  ])('describes %j', (fact, text) => {
    expect(describeFact(fact)).toBe(text);
  });
});
