import { describe, expect, it } from 'vitest';
import { trimTail } from '../../../../src/core/text/boilerplate/tail-trim.ts';

const P1 = '정부는 오늘 새로운 청년 지원 정책을 발표했다.';

describe('trimTail', () => {
  it('drops signature lines and headline lists below the last finished sentence', () => {
    expect(trimTail([P1, '홍길동 기자 hong@yna.co.kr', '다른 기사 제목', '▶ 뉴스레터 구독'])).toEqual([P1]);
  });

  it('cuts a signature glued to the last sentence', () => {
    expect(trimTail([P1, `${P1} 홍길동 기자`])).toEqual([P1, P1]);
  });

  it('keeps a text of headlines alone', () => {
    expect(trimTail(['제목 하나', '제목 둘'])).toEqual(['제목 하나', '제목 둘']);
  });

  it('lets a short unfinished line go only below a finished sentence', () => {
    expect(trimTail(['제목 하나', P1, '다른 기사 제목'])).toEqual(['제목 하나', P1]);
  });

  it('trims a long headline list in one pass', () => {
    const lines = [P1, ...Array.from({ length: 5000 }, (_, i) => `다른 기사 제목 ${i}`)];
    expect(trimTail(lines)).toEqual([P1]);
  });
});
