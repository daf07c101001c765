import { describe, expect, it } from 'vitest';
import { extractMultiples, extractPercents, extractQuantities } from '../../../src/core/facts/quantities.ts';

const quantities = (text: string) => extractQuantities(text).map((f) => ({ value: f.value, unit: f.unit, text: f.text, approx: f.approx, key: f.key }));

describe('extractQuantities', () => {
  it.each([
    ['GPU 26만장 공급', 260000, '장', '26만장'],
    ['26만 장의 GPU', 260000, '장', '26만 장'],
    ['부품 6만5천개를', 65000, '개', '6만5천개'],
    ['1억 7,979만 주를 매각', 179790000, '주', '1억 7,979만 주'],
    ['차량 300대', 300, '대', '300대'],
    ['직원 1,200명이', 1200, '명', '1,200명'],
    ['5천 명', 5000, '명', '5천 명'],
    ['3만 가구', 30000, '가구', '3만 가구'],
    ['원전 10기', 10, '기', '10기'],
    ['전국 50곳', 50, '곳', '50곳'],
    ['2GW 규모', 2, 'GW', '2GW'],
    ['3개국', 3, '개국', '3개국'],
  ])('reads %j', (text, value, unit, span) => {
    expect(quantities(text)).toEqual([expect.objectContaining({ value, unit, text: span })]);
  });

  it('gives one key class to 장, 개 and 대 so outlets match', () => {
    const keys = ['26만장', '26만 개', '26만대'].map((t) => extractQuantities(t)[0]?.key);
    expect(new Set(keys)).toEqual(new Set(['quantity:260000:units']));
    expect(extractQuantities('5만 명')[0]?.key).toBe('quantity:50000:명');
  });

  it.each([
    ['3개월 동안', 'a duration'],
    ['5 장관', 'a word after a plain number'],
    ['시장의 90', 'no counter'],
    ['20대 남성', 'an age group'],
    ['3주 만에', 'weeks, not shares'],
    ['2025 주요 과제', 'a spaced counter after a plain number'],
    ['2025 기조연설', 'a word starting with a counter'],
    ['5회사', 'a word starting with a counter, attached'],
  ])('finds nothing in %j (%s)', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('marks approximations and widens the span to the marker', () => {
    expect(quantities('26만여 장을')).toEqual([expect.objectContaining({ text: '26만여 장', approx: 'over' })]);
    expect(quantities('약 5만 명이')).toEqual([expect.objectContaining({ text: '약 5만 명', approx: 'about' })]);
    expect(quantities('최대 3천대')).toEqual([expect.objectContaining({ text: '최대 3천대', approx: 'max' })]);
    expect(quantities('5만장 이상')).toEqual([expect.objectContaining({ text: '5만장 이상', approx: 'min' })]);
    expect(quantities('100명 미만')).toEqual([expect.objectContaining({ approx: 'max' })]);
    expect(quantities('100명가량')).toEqual([expect.objectContaining({ text: '100명가량', approx: 'about' })]);
    expect(quantities('수십 명')).toEqual([expect.objectContaining({ value: 10, approx: 'about' })]);
    expect(quantities('예약 5만 명')).toEqual([expect.objectContaining({ text: '5만 명' })]);
    expect(quantities('예약 5만 명')[0]?.approx).toBeUndefined();
  });

  it('keeps ranges as value and valueMax', () => {
    expect(extractQuantities('5만~6만 장')).toEqual([expect.objectContaining({ value: 50000, valueMax: 60000, text: '5만~6만 장' })]);
    expect(extractQuantities('3~4만 명')).toEqual([expect.objectContaining({ value: 30000, valueMax: 40000 })]);
  });

  it('reports each span as offsets into the text', () => {
    const text = '총 5만장, 6만장';
    const found = extractQuantities(text);
    expect(found.map((f) => [f.start, f.end])).toEqual([[2, 5], [7, 10]]);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['5만장', '6만장']);
  });
});

describe('extractPercents', () => {
  it.each([
    ['점유율 90%를', 90, '%', '90%'],
    ['3.5%p 상승', 3.5, '%p', '3.5%p'],
    ['2%포인트 하락', 2, '%p', '2%포인트'],
    ['20퍼센트', 20, '%', '20퍼센트'],
    ['0.25퍼센트포인트', 0.25, '%p', '0.25퍼센트포인트'],
  ])('reads %j', (text, value, unit, span) => {
    expect(extractPercents(text)).toEqual([expect.objectContaining({ value, unit, text: span, key: `percent:${value}:${unit}` })]);
  });

  it('keeps ranges and approximations', () => {
    expect(extractPercents('50~60%')).toEqual([expect.objectContaining({ value: 50, valueMax: 60 })]);
    expect(extractPercents('3%대 성장')).toEqual([expect.objectContaining({ text: '3%대', approx: 'about' })]);
  });

  it('does not read %per as points', () => {
    expect(extractPercents('5%per')).toEqual([expect.objectContaining({ unit: '%' })]);
  });
});

describe('extractMultiples', () => {
  it('reads N배 but not words starting with 배', () => {
    expect(extractMultiples('1.5배 늘었다')).toEqual([expect.objectContaining({ value: 1.5, key: 'multiple:1.5', text: '1.5배' })]);
    expect(extractMultiples('3배로')).toHaveLength(1);
    expect(extractMultiples('2배터리')).toEqual([]);
    expect(extractMultiples('3배당')).toEqual([]);
  });
});
