/**
 * Reporter signatures and credit lines. Two shapes:
 * - a line that is nothing but a signature or credit (`김성욱 기자 abc123@asiae.co.kr`,
 *   `[조은별 디지털뉴스 기자 …@mbn.co.kr]`, `도쿄/정수진 특파원`, `SM엔터테인먼트 제공`):
 *   dropped wherever it stands;
 * - a signature glued to the last sentence (`…밝혔다. 홍길동 기자 hong@donga.com`):
 *   only the signature is cut, and only from the last paragraph.
 */
import { isAsciiAlnumUnit, isDigitUnit, isSpaceUnit } from '../../facts/chars.ts';
import { EMAIL, REPORTERS, REPORTER_CHAIN, SENTENCE_END } from './patterns.ts';

/**
 * `[조은별 디지털뉴스 기자 x@mbn.co.kr]`, `(SBS 디지털뉴스편집부)`, `[ 박규원 기자 / x@mbn.co.kr ]`.
 * Words are split by required spaces: `(?:word\s*){1,5}` could cut one long
 * word in countless ways and backtrack without end on a bracket-led paragraph.
 */
const BRACKET_SIGNATURE = String.raw`[[(]\s*(?:[A-Za-z가-힣]+\s+){0,4}[A-Za-z가-힣]*?(?:기자|특파원|뉴스부|뉴스팀|편집부)(?:\s*\/?\s*${EMAIL})?\s*[\])]+[·,]?`;

/**
 * `홍길동 기자 hong@x.kr`, `(hong@x.kr)`, `helpfire@fnnews.com 임우섭 기자`.
 * Every optional bracket carries its own spaces so a space can be read one
 * way only; otherwise a list of signatures backtracks exponentially.
 */
function emailSignature(reporters: string): string {
  return String.raw`(?:[[(]\s*)?(?:(?:${reporters})(?:\s*[/(]\s*|\s*))?${EMAIL}(?:\s*[\])])?(?:\s+[가-힣]{2,4}\s*기자)?`;
}

/**
 * Who provided a photo: `SM엔터테인먼트 제공`, `사진 삼성전자 제공`. At most three
 * name-like tokens: none starts with a digit (`GPU 26만장 제공` is a headline)
 * and none ends in a case particle (`한국에 GPU 제공`).
 */
const NAME_TOKEN = String.raw`[A-Za-z가-힣&·][A-Za-z0-9가-힣&·.()]*[^에을를로와과도\s,]`;
const PROVIDER = String.raw`(?:사진\s*[=:]?\s*)?(?:${NAME_TOKEN}\s+){0,2}${NAME_TOKEN}\s*제공`;

/** A bracket that holds a photo source: `(사진=연합뉴스)`, `<연합>`, `[AP=연합뉴스]`, `[연합뉴스 자료사진]`. */
export const PHOTO_BRACKET = String.raw`[<[(][^<>[\]()\n]{0,25}(?:사진|연합|뉴시스|뉴스1|AP|AFP|로이터|EPA|UPI|게티|제공|DB|뉴스뱅크)[^<>[\]()\n]{0,25}[>\])]`;

const CREDIT_ONLY = String.raw`[(<[]?\s*(?:사진|그래픽|자료)\s*(?:제공)?\s*[=:：][^()<>[\]]{1,60}[)>\]]?|${PHOTO_BRACKET}|${PROVIDER}`;

/** Film crew lines of broadcast scripts (`영상취재 : 배완호 기자`, `촬영기자:김종우`). */
const CREW_CREDIT = String.raw`(?:촬영기자|영상취재|영상편집|그래픽|촬영|편집|CG|화면제공|자료조사)\s*[:：].*`;

/** `송고시간2025-10-14 09:12`, `기사등록 2025/10/23 10:12:34`, `입력 2025.10.14. 09:12 수정 …`, `2025/10/14 09:12 송고`. */
const STAMP = String.raw`(?:(?:송고(?:시간)?|기사\s*등록|등록|입력|수정|업데이트|최종\s*수정)\s*[:：]?\s*)?\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*송고)?`;
const TIMESTAMP = String.raw`${STAMP}(?:(?:\s*[|·]\s*|\s+)${STAMP})?`;

const JUNK_LINE = new RegExp(
  String.raw`^(?:${BRACKET_SIGNATURE}|${emailSignature(REPORTERS)}(?:\s*,\s*${emailSignature(REPORTERS)})*` +
    String.raw`|${REPORTERS}|${CREDIT_ONLY}|${CREW_CREDIT}|${TIMESTAMP}|(?:이미지|사진)\s*확대(?:\s*보기)?|확대\s*보기|광고)$`,
  'u',
);

/**
 * The cleaner asks about the same line more than once (the junk-line filter,
 * then the tail trim; the trailer cut, then the tail trim), so the last
 * answer of each question is kept. The answers depend on the line alone.
 */
function rememberLast<T>(compute: (line: string) => T): (line: string) => T {
  let lastLine: string | undefined;
  let lastAnswer: T | undefined;
  return (line) => {
    if (line !== lastLine) {
      lastAnswer = compute(line);
      lastLine = line;
    }
    return lastAnswer as T;
  };
}

/** A line that is only a signature, a credit, or a viewer label. */
export const isSignatureOrCreditLine: (line: string) => boolean = rememberLast((line) => mayBeJunkLine(line) && JUNK_LINE.test(line));

/**
 * What the last character of a JUNK_LINE can be: a bracket signature ends
 * in `] ) · ,`, an address in `[A-Za-z0-9-] ] )` or 기자, reporters in 자
 * or 원, a photo bracket in `> ] )`, a provider in 공, a time stamp in a
 * digit, a `.` after one, or 송고's 고, the viewer labels in 대 or 기, 광고
 * in 고. Only a `사진=`-style credit and a crew line may end in anything,
 * and those are known by how they start. Body paragraphs end otherwise
 * (`…밝혔다.`), so the full pattern is not tried on them.
 */
const JUNK_LAST = new Set([...'])·,->자원공고대기'].map((ch) => ch.charCodeAt(0)));
const OPEN_ENDED_START = /^(?:[(<[]?\s*(?:사진|그래픽|자료)|촬영|영상|편집|그래픽|CG|화면제공|자료)/u;

function mayBeJunkLine(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (JUNK_LAST.has(last) || isAsciiAlnumUnit(last)) return true;
  if (last === 0x2e && isDigitUnit(line.charCodeAt(line.length - 2))) return true;
  return OPEN_ENDED_START.test(line);
}

/** Promo lines (`▶ 엔비디아 …`, `☞ 뉴스레터 구독`): junk after the article, bullets inside it. */
const TAIL_ONLY_LINE = /^[▶►☞■]\s*\S.*$/u;

export function isTailJunkLine(line: string): boolean {
  return isSignatureOrCreditLine(line) || TAIL_ONLY_LINE.test(line);
}

/** 뉴스1 captions end `2025.11.30/뉴스1` (its `© News1 기자` part is cut as a copyright mark). */
const DATED_SOURCE = String.raw`\d{4}[./]\d{1,2}[./]\d{1,2}\.?\s*\/\s*[가-힣A-Za-z0-9]{2,10}`;

/** What may follow a caption or the last sentence as its credit. */
export const TRAILING_CREDIT = String.raw`(?:${BRACKET_SIGNATURE}|${emailSignature(REPORTER_CHAIN)}|(?:사진\s*=\s*)?${REPORTER_CHAIN}|${PHOTO_BRACKET}|${PROVIDER}|${DATED_SOURCE})`;

/**
 * A credit glued to the end of a finished sentence. The lookbehind on the
 * sentence end keeps `이번 행사를 기획한 사람은 김민지 기자` (no full stop) intact.
 */
const GLUED_CREDIT = new RegExp(String.raw`(?<=${SENTENCE_END})\s*${TRAILING_CREDIT}[·,\s]*$`, 'u');
/** An address needs no sentence end before it: `…했다.cjg05023@tf.co.kr사진영상기획부`. */
const GLUED_EMAIL = new RegExp(String.raw`\s*(?:[[(]\s*)?${EMAIL}(?:\s*[\])])?(?:[가-힣]{2,12}(?:부|팀|본부|국))?\s*$`, 'u');

/** GLUED_CREDIT tried at one offset only (sticky); its lookbehind still sees the text before. */
const GLUED_CREDIT_AT = new RegExp(GLUED_CREDIT.source, 'uy');
const isTerminalUnit = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * `line.replace(GLUED_CREDIT, '')`, trying only the offsets its lookbehind
 * allows (just after . ! ?, or after closing quotes that follow one), in
 * order, instead of every offset of the line. The first offset that matches
 * is the leftmost match, as replace would find it.
 */
function cutGluedCredit(line: string): string {
  if (!mayEndInCredit(line)) return line;
  for (let k = 0; k < line.length; k++) {
    if (!isTerminalUnit(line.charCodeAt(k))) continue;
    for (let p = k + 1; ; p++) {
      GLUED_CREDIT_AT.lastIndex = p;
      const m = GLUED_CREDIT_AT.exec(line);
      if (m) return line.slice(0, p) + line.slice(p + m[0].length);
      if (!CLOSERS.has(line[p] ?? '')) break;
    }
  }
  return line;
}

/**
 * What the last character of a line ending in a TRAILING_CREDIT can be,
 * once the `[·,\s]*` after the credit is set aside: a bracket signature
 * ends in `]` or `)`, an address in `[A-Za-z0-9-]` (or the bracket or 기자
 * after it), a reporter in 자 or 원, a photo bracket in `>`, `]` or `)`, a
 * provider in 공, a dated source in `[가-힣A-Za-z0-9]`. A line that ends
 * otherwise, as a finished sentence does (`…밝혔다.`), holds no glued credit.
 */
function mayEndInCredit(line: string): boolean {
  let end = line.length;
  for (let c = line.charCodeAt(end - 1); end > 0 && (c === 0xb7 || c === 0x2c || isSpaceUnit(c)); c = line.charCodeAt(end - 1)) end--;
  const last = line.charCodeAt(end - 1); // NaN for an empty line
  if (last >= 0xac00 && last <= 0xd7a3) return true; // Hangul syllable
  if ((last >= 0x30 && last <= 0x39) || ((last | 0x20) >= 0x61 && (last | 0x20) <= 0x7a)) return true; // ASCII letter or digit
  return last === 0x5d || last === 0x29 || last === 0x3e || last === 0x2d; // ] ) > -
}

/** Cuts a glued signature or credit from the end of the last paragraph. */
export const stripGluedCredit: (line: string) => string = rememberLast((line) => {
  const cut = cutGluedCredit(line);
  return (cut.includes('@') ? cut.replace(GLUED_EMAIL, '') : cut).trim(); // an address needs its @
});
