import { describe, expect, it } from 'vitest';
import { stripTitlePrefix } from '../../../../src/core/text/boilerplate/title-prefix.ts';

describe('stripTitlePrefix', () => {
  it.each([
    ['[속보] 삼성전자 3분기 영업익 12.1조', '삼성전자 3분기 영업익 12.1조', ['속보']],
    ['[1보]한은 기준금리 2.5% 동결', '한은 기준금리 2.5% 동결', ['1보']],
    ['[2보] 한은 기준금리 2.5% 동결', '한은 기준금리 2.5% 동결', ['2보']],
    ['<속보> 北 탄도미사일 발사', '北 탄도미사일 발사', ['속보']],
    ['[단독][종합] 쿠팡 3370만명 정보 유출', '쿠팡 3370만명 정보 유출', ['단독', '종합']],
    ['삼성전자 영업익 12.1조…반도체 회복(종합2보)', '삼성전자 영업익 12.1조…반도체 회복', ['종합2보']],
    ['(주)대우건설, 수주 1조 돌파', '(주)대우건설, 수주 1조 돌파', []],
    ['[기자수첩]', '[기자수첩]', []],
  ])('%s → %s', (input, title, tags) => {
    expect(stripTitlePrefix(input)).toEqual({ title, tags });
  });

  it('splits off the Google News outlet suffix', () => {
    expect(stripTitlePrefix('[단독] 엔비디아 GPU 26만장 공급 - 아시아경제')).toEqual({
      title: '엔비디아 GPU 26만장 공급',
      tags: ['단독'],
      outlet: '아시아경제',
    });
    expect(stripTitlePrefix('네이버, GPU 6만장 확보 - ZDNet Korea').outlet).toBe('ZDNet Korea');
  });

  it('cuts exactly the outlet it is told about', () => {
    expect(stripTitlePrefix('A - B 합작 - 조선비즈 - Chosunbiz', { outlet: '조선비즈 - Chosunbiz' })).toEqual({
      title: 'A - B 합작',
      tags: [],
      outlet: '조선비즈 - Chosunbiz',
    });
    expect(stripTitlePrefix('삼성 - SK 반도체 경쟁', { outlet: '연합뉴스' })).toEqual({ title: '삼성 - SK 반도체 경쟁', tags: [] });
  });

  it('does not take a long clause after a dash for an outlet', () => {
    expect(stripTitlePrefix('반도체 전쟁 - 삼성과 SK가 HBM 시장에서 맞붙은 이유는 무엇인가').outlet).toBeUndefined();
  });
});
