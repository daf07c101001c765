import { describe, expect, it } from 'vitest';
import { looksTransliterated } from '../../../src/core/facts/person-words.ts';
import { findFullPersons, findShortRefs } from '../../../src/core/facts/persons.ts';

const people = (text: string) => findFullPersons(text).map((p) => [p.name, p.title, p.text]);

describe('findFullPersons', () => {
  it.each([
    ['젠슨 황 엔비디아 최고경영자(CEO)가', '젠슨 황', '엔비디아 최고경영자(CEO)'],
    ['하정우 대통령실 AI미래기획수석은', '하정우', '대통령실 AI미래기획수석'],
    ['하정우 AI미래기획수석, JTBC 출연', '하정우', 'AI미래기획수석'],
    ['다만 도널드 트럼프 미국 대통령은', '도널드 트럼프', '미국 대통령'],
    ['이재용 삼성전자 회장', '이재용', '삼성전자 회장'],
    ['삼성전자 이재용 회장은', '이재용', '회장'],
    ['최태원 SK그룹 회장', '최태원', 'SK그룹 회장'],
    ['문재인 전 대통령은', '문재인', '전 대통령'],
    ['김철수 국회의원은', '김철수', '국회의원'],
    ['오세훈 서울시장', '오세훈', '서울시장'],
    ['팀 쿡 애플 CEO', '팀 쿡', '애플 CEO'],
    ['조 바이든 미국 대통령', '조 바이든', '미국 대통령'],
  ])('reads %j', (text, name, title) => {
    expect(people(text)).toEqual([[name, title, expect.stringContaining(name)]]);
  });

  it('spans the name and title without particles or opening marks', () => {
    const text = '"젠슨 황 엔비디아 최고경영자(CEO)가 왔다';
    const [p] = findFullPersons(text);
    expect(p && text.slice(p.start, p.end)).toBe('젠슨 황 엔비디아 최고경영자(CEO)');
    expect(p?.key).toBe('person:젠슨 황');
  });

  it.each([
    ['민주당 대표는', 'a party before a title'],
    ['국내 기업 대표는', 'common nouns that could be a foreign name'],
    ['서울대 교수는', 'an institution'],
    ['전 세계 AI 반도체 시장의', '시장 as "market"'],
    ['서울 코엑스 회의장에서', '의장 inside another word'],
    ['강진형 기자', 'a photo credit'],
    ['계획이다. 황 CEO는', 'a surname alone'],
  ])('finds nobody in %j (%s)', (text) => {
    expect(findFullPersons(text)).toEqual([]);
  });
});

describe('findShortRefs', () => {
  const text = '젠슨 황 엔비디아 최고경영자(CEO)와 하정우 대통령실 AI미래기획수석. 하 수석은 "(황 CEO가) 말했다"고 했다. 트럼프 대통령';
  const known = [...findFullPersons(text), ...findFullPersons('도널드 트럼프 미국 대통령')];

  it('resolves a surname or foreign last name + title to the full person', () => {
    const refs = findShortRefs(text, known, findFullPersons(text));
    expect(refs.map((r) => [r.text, r.name, r.title])).toEqual([
      ['하 수석', '하정우', '대통령실 AI미래기획수석'],
      ['황 CEO', '젠슨 황', '엔비디아 최고경영자(CEO)'],
      ['트럼프 대통령', '도널드 트럼프', '미국 대통령'],
    ]);
  });

  it('drops a reference nobody in the article matches', () => {
    expect(findShortRefs('김 대표는 말했다', known)).toEqual([]);
  });

  it('uses the title to choose between people who share a surname', () => {
    const both = [...findFullPersons('김철수 삼성전자 사장과 김영희 LG전자 부회장')];
    expect(findShortRefs('김 부회장은', both).map((r) => r.name)).toEqual(['김영희']);
    expect(findShortRefs('김 대표는', both)).toEqual([]);
  });
});

describe('looksTransliterated', () => {
  it('spots syllables Sino-Korean readings never use', () => {
    expect(['젠슨', '도널드', '트럼프', '쿡', '바이든'].every(looksTransliterated)).toBe(true);
    expect(['국내', '기업', '하정우', '황'].some(looksTransliterated)).toBe(false);
  });
});
