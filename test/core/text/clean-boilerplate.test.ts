import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBoilerplate } from '../../../src/core/text/clean-boilerplate.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/text');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const BODY = '정부는 오늘 새로운 청년 지원 정책을 발표했다. 이번 정책은 청년 주거 안정과 취업 지원을 핵심으로 한다.';
const BODY2 = '정부는 내년 예산에 관련 사업비 3조원을 반영하기로 했다. 국회 심사는 다음 달 시작된다.';

describe('cleanBoilerplate on page scrapes (golden files)', () => {
  const inputs = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));

  it('has a golden pair for every outlet style', () => {
    expect(inputs.sort()).toEqual(['broadcast.txt', 'mk.txt', 'news1.txt', 'newsis.txt', 'seed-asiae.txt', 'yonhap.txt']);
  });

  it.each(inputs)('%s cleans to its expected text', (name) => {
    expect(cleanBoilerplate(read(name))).toBe(read(name.replace(/\.txt$/u, '.expected.txt')).trimEnd());
  });
});

describe('cleanBoilerplate on the seed article', () => {
  const cleaned = cleanBoilerplate(read('seed-asiae.txt'));

  it('keeps the headline lines and every article paragraph', () => {
    expect(cleaned.startsWith('하정우 AI미래기획수석, JTBC 유튜브 출연\n엔비디아 GPU 26만장 공급에 "윈윈할 것"\n')).toBe(true);
    expect(cleaned).toContain('젠슨 황 엔비디아 최고경영자(CEO)가 향후 한국에');
    expect(cleaned).toContain('\n전 세계 AI 반도체 시장의 90%를 장악한 엔비디아는');
    expect(cleaned.endsWith('영향이 있을지 주목된다.')).toBe(true);
  });

  it.each(['3190만', '강진형 기자', '김성욱 기자', 'abc123@', '원본보기', 'ⓒ', '무단전재', '꼭 봐야할', '![', '슈톨렌', '가장 많이 읽힌'])(
    'drops %s',
    (junk) => {
      expect(cleaned).not.toContain(junk);
    },
  );
});

describe('copyright tails', () => {
  it.each([
    '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
    '[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]',
    'Copyright © 뉴스1. All rights reserved.',
    '<ⓒ투자가를 위한 경제콘텐츠 플랫폼, 아시아경제(www.asiae.co.kr) 무단전재 배포금지>',
    'GoodNews paper ⓒ 국민일보(www.kmib.co.kr), 무단전재 및 수집, 재배포금지',
    '<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>',
  ])('removes %s on its own line and glued to the last sentence', (tail) => {
    expect(cleanBoilerplate(`${BODY}\n\n${tail}`)).toBe(BODY);
    expect(cleanBoilerplate(`${BODY}${tail}`)).toBe(BODY);
  });

  it('keeps a one-line article whose copyright mark is glued to it', () => {
    expect(cleanBoilerplate(`${BODY} ${BODY2}Copyright © 뉴스1. All rights reserved.`)).toBe(`${BODY} ${BODY2}`);
  });

  it('keeps body sentences about unauthorised access and no-reprint terms', () => {
    const text = `${BODY} 해킹 조직이 서버에 무단 접속한 정황이 확인됐다. 무단 전재를 금지한 약관도 논란이다.`;
    expect(cleanBoilerplate(text)).toBe(text);
  });
});

describe('wire headers', () => {
  it.each([
    '(서울=연합뉴스) 홍길동 기자 = ',
    '[서울=뉴시스]홍길동 기자 = ',
    '[서울=뉴시스] 홍길동 기자= ',
    '(안성=뉴스1) 김철수 이영희 기자 = ',
    '(워싱턴=연합뉴스) 김동현 특파원 = ',
    '(서울=연합뉴스) 홍길동 기자·이영희 인턴기자 = ',
    '[이데일리 홍길동 기자] ',
  ])('removes %s and keeps the sentence after it', (header) => {
    expect(cleanBoilerplate(`${header}${BODY}`)).toBe(BODY);
  });

  it('leaves a paragraph that merely starts with brackets alone', () => {
    const text = `(주)대우건설은 ${BODY}`;
    expect(cleanBoilerplate(text)).toBe(text);
  });
});

describe('reporter signatures', () => {
  it.each([
    '김성욱 기자 abc123@asiae.co.kr',
    'hak@yna.co.kr',
    '[조은별 디지털뉴스 기자 ebyul@mbn.co.kr]',
    '[ 박규원 기자 / pkw712@mbn.co.kr ]',
    '도쿄/정수진 특파원',
    '제주 강동삼 기자',
    '(SBS 디지털뉴스편집부)',
    '오세진 기자 5sjin@hani.co.kr, 장예지 기자 penj@hani.co.kr',
    'helpfire@fnnews.com 임우섭 기자',
  ])('drops the signature line %s', (signature) => {
    expect(cleanBoilerplate(`${BODY}\n${signature}`)).toBe(BODY);
  });

  it.each([
    ' 홍길동 기자 hong@donga.com',
    '홍길동 기자 hong@donga.com',
    ' 홍길동 기자',
    ' 세종 강주리 기자',
    ' 윤예림 인턴기자·신진호 기자',
    ' 도쿄/정수진 특파원',
    ' hong@donga.com',
    'cjg05023@tf.co.kr사진영상기획부',
    ' [조은별 디지털뉴스 기자 ebyul@mbn.co.kr]',
  ])('cuts %s glued to the last sentence and keeps the sentence', (signature) => {
    expect(cleanBoilerplate(`${BODY}${signature}`)).toBe(BODY);
  });

  it('keeps a sentence that ends in a name and 기자 without a full stop', () => {
    const text = `${BODY}\n이번 행사를 기획한 사람은 김민지 기자`;
    expect(cleanBoilerplate(`${text}\n${BODY2}`)).toBe(`${text}\n${BODY2}`);
  });

  it('drops a signature line before a trailing copyright line', () => {
    expect(cleanBoilerplate(`${BODY}\n문동성 기자 theMoon@kmib.co.kr\n\n\nGoodNews paper ⓒ 국민일보, 무단전재 및 수집, 재배포금지`)).toBe(BODY);
  });
});

describe('photo captions and credits', () => {
  it.each([
    '젠슨 황 엔비디아 CEO가 31일 경주에서 연설하고 있다. 강진형 기자',
    '이창용 한국은행 총재가 의사봉을 두드리고 있다. (사진=연합뉴스)',
    '이창용 한국은행 총재가 의사봉을 두드리고 있다. <연합>',
    '가수 아이유가 공연하고 있다. EDAM엔터테인먼트 제공',
    '서울 서초구 삼성전자 서초사옥 모습. 2025.10.14 kcs@yna.co.kr',
    '삼성전자 평택캠퍼스 [연합뉴스 자료사진]',
    'SM엔터테인먼트 제공',
    '(사진=연합뉴스)',
    '이미지 확대',
  ])('drops the caption line %s between paragraphs', (caption) => {
    expect(cleanBoilerplate(`${BODY}\n${caption}\n${BODY2}`)).toBe(`${BODY}\n${BODY2}`);
  });

  it('keeps a headline that ends in 제공 (provide), not a credit', () => {
    const text = `엔비디아, 한국에 GPU 26만장 제공\n${BODY}`;
    expect(cleanBoilerplate(text)).toBe(text);
  });

  it('cuts an inline photo credit but keeps its paragraph', () => {
    expect(cleanBoilerplate(`${BODY} (사진=연합뉴스 TV 제공) ${BODY2}`)).toBe(`${BODY} ${BODY2}`);
  });

  it('cuts the 원본보기 label glued to the next paragraph', () => {
    expect(cleanBoilerplate(`${BODY}\n원본보기 아이콘전 세계 AI 반도체 시장의 90%를 장악한 엔비디아는 한국과 협력한다고 밝혔다.`)).toBe(
      `${BODY}\n전 세계 AI 반도체 시장의 90%를 장악한 엔비디아는 한국과 협력한다고 밝혔다.`,
    );
  });

  it('removes markdown, HTML and bare image links', () => {
    const text = [
      '![[기자수첩]강 대 강 대치에 미뤄진 민생법안](https://img.example.kr/a/2025121213205508111A.jpg)',
      `${BODY} https://img.example.kr/photo/1.png?w=640`,
      '<img src="https://img.example.kr/2.jpg" alt="">',
      BODY2,
    ].join('\n');
    expect(cleanBoilerplate(text)).toBe(`${BODY}\n${BODY2}`);
  });
});

describe('trailer blocks and headline lists', () => {
  it.each([
    '꼭 봐야할 주요뉴스',
    '관련기사',
    '▶ 관련기사',
    '[관련기사]',
    '가장 많이 읽힌 뉴스를 제공합니다.',
    '많이 본 뉴스',
    '마스크영역',
    '제보는 카카오톡 okjebo',
    '2025/10/14 09:12 송고',
    '※ 이 기사는 엔씨소프트의 인공지능 기술로 자동 작성됐습니다.',
  ])('cuts %s and everything after it at the end of the article', (marker) => {
    const trailer = `${marker}\n"집값 더 오른다"…서울 아파트 매수심리 상승\n코스피, 외국인 매도에 3900선 후퇴.`;
    expect(cleanBoilerplate(`${BODY}\n${trailer}`)).toBe(BODY);
  });

  it('removes only the block of a related-articles box inside the article', () => {
    const text = `${BODY}\n▶ 관련기사\nLG엔솔, 미시간 공장 ESS 라인 전환\n${BODY2}`;
    expect(cleanBoilerplate(text)).toBe(`${BODY}\n${BODY2}`);
  });

  it('does not take a "most read" box above the article for its end', () => {
    expect(cleanBoilerplate(`많이 본 뉴스\n코스피 3900선 후퇴\n${BODY}\n${BODY2}`)).toBe(`${BODY}\n${BODY2}`);
  });

  it('drops a trailing list of other headlines', () => {
    const text = `${BODY}\n'구독자 3190만' 어린이 유튜버, 강남 빌딩 사서 6...\n"크리스마스니까 슈톨렌 사야해"…불티나게 팔리는 음식들`;
    expect(cleanBoilerplate(text)).toBe(BODY);
  });

  it('keeps a headline-only text such as a short feed summary', () => {
    const text = '엔비디아, 한국에 GPU 26만장 공급\n젠슨 황 "한국은 AI 산업혁명의 중심"';
    expect(cleanBoilerplate(text)).toBe(text);
  });

  it('removes broadcast markers and the sign-off with crew credits', () => {
    const text = `【 앵커멘트 】\n${BODY}\n[앵커] ${BODY2}\nMBN뉴스 배준우입니다.\n영상취재 : 배완호 기자\n영상편집 : 이재형`;
    expect(cleanBoilerplate(text)).toBe(`${BODY}\n${BODY2}`);
  });

  it('cuts the 뉴시스 sign-off glued to the last sentence', () => {
    expect(cleanBoilerplate(`${BODY}◎공감언론 뉴시스 kskim@newsis.com`)).toBe(BODY);
  });
});

describe('whitespace', () => {
  it('collapses empty lines and inner runs of spaces, keeping one paragraph per line', () => {
    expect(cleanBoilerplate(`\n\n${BODY}\r\n\t\t\n\n\n정부는  내년\u00a0예산에 반영한다.\u200b\n`)).toBe(`${BODY}\n정부는 내년 예산에 반영한다.`);
  });

  it('returns an empty string for boilerplate only', () => {
    expect(cleanBoilerplate('[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]\n홍길동 기자 hong@mk.co.kr')).toBe('');
  });
});

describe('pathological input', () => {
  // Each of these once backtracked exponentially or quadratically in a
  // signature or e-mail pattern; all together now take a few milliseconds.
  it('cleans long adversarial lines in linear time', () => {
    const inputs = [
      '홍길동 인턴기자, '.repeat(3000),
      '김철수 이영희 기자 a@b.cc, '.repeat(2000),
      'a.'.repeat(5000) + '@',
      '[' + '홍길동 '.repeat(5000) + '기자',
      '(' + '가'.repeat(5000),
      '2025.10.14   '.repeat(3000) + 'x',
      '연설하고 있다. '.repeat(2000) + '(사진',
    ];
    const started = performance.now();
    for (const input of inputs) cleanBoilerplate(input);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
