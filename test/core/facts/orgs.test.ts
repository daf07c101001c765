import { describe, expect, it } from 'vitest';
import { extractOrgs, isOrgWord } from '../../../src/core/facts/orgs.ts';

const orgs = (text: string) => extractOrgs(text).map((o) => [o.name, o.text]);

describe('extractOrgs', () => {
  it('finds listed names with particles and maps aliases to one name', () => {
    expect(orgs('엔비디아가 NVIDIA는 현대차에')).toEqual([
      ['엔비디아', '엔비디아'],
      ['엔비디아', 'NVIDIA'],
      ['현대자동차', '현대차'],
    ]);
    expect(extractOrgs('엔비디아의')[0]?.key).toBe('org:엔비디아');
  });

  it('splits lists joined by ·', () => {
    expect(orgs('삼성·SK·현대차에 각각')).toEqual([
      ['삼성', '삼성'],
      ['SK', 'SK'],
      ['현대자동차', '현대차'],
    ]);
  });

  it('prefers the longest name and reads suffix-named organisations', () => {
    expect(orgs('삼성전자와 SK하이닉스는')).toEqual([
      ['삼성전자', '삼성전자'],
      ['SK하이닉스', 'SK하이닉스'],
    ]);
    expect(orgs('SK그룹은 현대차그룹이 네이버클라우드에 KB증권은 하나은행이')).toEqual([
      ['SK그룹', 'SK그룹'],
      ['현대차그룹', '현대차그룹'],
      ['네이버클라우드', '네이버클라우드'],
      ['KB증권', 'KB증권'],
      ['하나은행', '하나은행'],
    ]);
  });

  it('reads (주)-prefixed names', () => {
    expect(orgs('(주)한화가')).toEqual([['한화', '한화']]);
  });

  it.each([['메타버스'], ['걸그룹이'], ['KTX를'], ['클라우드'], ['중앙은행이'], ['삼성동']])('finds none in %j', (text) => {
    expect(extractOrgs(text)).toEqual([]);
  });

  it('answers whether a bare word is an organisation', () => {
    expect(isOrgWord('대통령실')).toBe(true);
    expect(isOrgWord('네이버클라우드')).toBe(true);
    expect(isOrgWord('트럼프')).toBe(false);
  });
});
