import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../../src/core/facts/money.ts';

describe('extractMoney', () => {
  it.each([
    ['투자 14조원', '14000000000000', 'KRW', '14조원'],
    ['14조 원을', '14000000000000', 'KRW', '14조 원'],
    ['1조 2,000억 원', '1200000000000', 'KRW', '1조 2,000억 원'],
    ['3.5조원', '3500000000000', 'KRW', '3.5조원'],
    ['30만원어치', '300000', 'KRW', '30만원'],
    ['주가 202.49달러', '202.49', 'USD', '202.49달러'],
    ['1조5천억 달러', '1500000000000', 'USD', '1조5천억 달러'],
    ['5천만 달러를', '50000000', 'USD', '5천만 달러'],
    ['100 달러', '100', 'USD', '100 달러'],
    ['100엔', '100', 'JPY', '100엔'],
    ['3억 위안', '300000000', 'CNY', '3억 위안'],
    ['10억 유로', '1000000000', 'EUR', '10억 유로'],
    ['5억 파운드', '500000000', 'GBP', '5억 파운드'],
    ['$200', '200', 'USD', '$200'],
    ['US$1.5 billion', '1500000000', 'USD', 'US$1.5 billion'],
    ['$ 15억', '1500000000', 'USD', '$ 15억'],
  ])('reads %j', (text, exact, currency, span) => {
    expect(extractMoney(text)).toEqual([
      expect.objectContaining({ exact, value: Number(exact), currency, text: span, key: `money:${exact}:${currency}` }),
    ]);
  });

  it.each([
    ['엔비디아가 발표했다'],
    ['2025 엔비디아'],
    ['위안부 문제'],
    ['3 위안부'],
    ['원인을 찾았다'],
    ['원전 10기'],
    ['2030년 원전'],
    ['5 원'],
    ['달러화 강세'],
  ])('finds no money in %j', (text) => {
    expect(extractMoney(text)).toEqual([]);
  });

  it('marks ranges and approximations', () => {
    expect(extractMoney('3조~4조원')).toEqual([
      expect.objectContaining({ exact: '3000000000000', valueMax: 4e12, text: '3조~4조원' }),
    ]);
    expect(extractMoney('3~4조원')).toEqual([expect.objectContaining({ value: 3e12, valueMax: 4e12 })]);
    expect(extractMoney('최대 3조원')).toEqual([expect.objectContaining({ approx: 'max', text: '최대 3조원' })]);
    expect(extractMoney('3조원대')).toEqual([expect.objectContaining({ approx: 'about', text: '3조원대' })]);
    expect(extractMoney('수십억 원')).toEqual([expect.objectContaining({ value: 1e9, approx: 'about' })]);
    expect(extractMoney('1조원 이상')).toEqual([expect.objectContaining({ approx: 'min' })]);
  });

  it('reads several amounts in order', () => {
    expect(extractMoney('매출 12조원, 영업이익 $3 billion').map((f) => f.currency)).toEqual(['KRW', 'USD']);
  });
});
