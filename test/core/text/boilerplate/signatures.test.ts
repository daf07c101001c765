import { describe, expect, it } from 'vitest';
import { isSignatureOrCreditLine, stripGluedCredit } from '../../../../src/core/text/boilerplate/signatures.ts';

const BODY = '정부는 내년 예산에 관련 사업비 3조원을 반영하기로 했다.';

describe('stripGluedCredit', () => {
  it.each([
    [`${BODY} 홍길동 기자`, BODY],
    [`${BODY} 홍길동 기자 hong@yna.co.kr`, BODY],
    [`${BODY}" 도쿄/정수진 특파원·`, `${BODY}"`],
    [`${BODY} [조은별 디지털뉴스 기자 star@mbn.co.kr]`, BODY],
    [`${BODY} <사진=연합뉴스>`, BODY],
    [`${BODY} SM엔터테인먼트 제공`, BODY],
    [`${BODY} 2025.11.30/뉴스1`, BODY],
    [`${BODY}cjg05023@tf.co.kr사진영상기획부`, BODY],
  ])('cuts the credit from %j', (line, expected) => {
    expect(stripGluedCredit(line)).toBe(expected);
  });

  it.each([
    BODY,
    `${BODY} 이번 행사를 기획한 사람은 김민지 기자`.replace('했다.', '했다'),
    '이번 행사를 기획한 사람은 김민지 기자',
    `${BODY} 업계는 계속 지켜볼 것이다.`,
    `${BODY} 결과는 "좋다"`,
    '',
  ])('leaves %j as it is', (line) => {
    expect(stripGluedCredit(line)).toBe(line.trim());
  });

  it('answers the same for a line asked about twice in a row and for one asked after another', () => {
    const a = `${BODY} 홍길동 기자`;
    expect([stripGluedCredit(a), stripGluedCredit(a), stripGluedCredit(BODY), stripGluedCredit(a)]).toEqual([BODY, BODY, BODY, BODY]);
  });
});

describe('isSignatureOrCreditLine', () => {
  it.each(['김성욱 기자 abc123@asiae.co.kr', '[ 박규원 기자 / x@mbn.co.kr ]', '도쿄/정수진 특파원', 'SM엔터테인먼트 제공', '영상취재 : 배완호 기자', '2025/10/14 09:12 송고', '광고'])(
    'takes %j for a credit line',
    (line) => {
      expect(isSignatureOrCreditLine(line)).toBe(true);
    },
  );

  it.each([BODY, '한국에 GPU 제공', 'GPU 26만장 제공'])('keeps %j', (line) => {
    expect(isSignatureOrCreditLine(line)).toBe(false);
  });
});
