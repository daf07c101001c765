import { describe, expect, it } from 'vitest';
import { removeInlineClutter, removePhotoCredits } from '../../../../src/core/text/boilerplate/inline-clutter.ts';

const BODY = '정부는 내년 예산에 관련 사업비 3조원을 반영하기로 했다.';

describe('removeInlineClutter', () => {
  it.each([
    [`${BODY} COPYRIGHT © 뉴스1`, BODY],
    [`${BODY} goodnews PAPER ⓒ 국민일보`, BODY],
    [`${BODY} Ⓒ 연합뉴스`, BODY], // the capital circled C matches case-insensitively too
    [`${BODY} ![사진](https://x.kr/a.jpg)`, BODY],
    [`${BODY} <IMG src="a.png">`, BODY],
    [`원본보기 아이콘${BODY}`, BODY],
    [`[앵커] ${BODY}`, BODY],
    [`${BODY}  ◎공감언론 뉴시스 a@newsis.com`, BODY],
    [`${BODY} KBS 뉴스 홍길동입니다.`, BODY],
  ])('cleans %j', (line, expected) => {
    expect(removeInlineClutter(line)).toBe(expected);
  });

  it('keeps a line without clutter, collapsing doubled spaces', () => {
    expect(removeInlineClutter(`${BODY}  GPU는 paperless로`)).toBe(`${BODY} GPU는 paperless로`);
  });
});

describe('removePhotoCredits', () => {
  it('removes credits and keeps the rest', () => {
    expect(removePhotoCredits(`${BODY} (사진=연합뉴스) [연합뉴스 자료사진]`)).toBe(BODY);
    expect(removePhotoCredits(BODY)).toBe(BODY);
  });
});
