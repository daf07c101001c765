/**
 * Wire-service datelines at the start of a paragraph:
 * `(서울=연합뉴스) 홍길동 기자 =`, `[서울=뉴시스]홍길동 기자 =`,
 * `(안성=뉴스1) 김철수 이영희 기자 =`, `[서울=뉴시스] 사진공동취재단 =`.
 * The sentence after `=` is kept. Photo captions carry the same header, so it
 * is removed from every paragraph start, not only the first one.
 */

/** `(서울=연합뉴스)`: place, `=`, agency, in round or square brackets. */
const DATELINE = String.raw`[[(]\s*[가-힣A-Za-z·\s]{1,15}=\s*[^[\]()=\n]{1,15}[\])]`;

/** Who filed it: names ending in 기자/특파원, or a pool such as 사진공동취재단. */
const FILER = String.raw`(?:[가-힣A-Za-z·,\s]{2,40}?(?:기자|특파원)|(?:사진)?공동취재(?:단)?|[가-힣]{2,10}(?:사진부|취재단))`;

const WIRE_HEADER = new RegExp(String.raw`^\s*${DATELINE}\s*(?:${FILER}\s*=\s*)?`, 'u');

/** `[이데일리 홍길동 기자]` or `[머니투데이 홍길동기자]` opening a paragraph. */
const OUTLET_BYLINE = /^\s*\[[가-힣A-Za-z0-9]{2,10}\s+[가-힣]{2,4}\s*(?:기자|특파원)\]\s*/u;

export function stripWireHeader(line: string): string {
  return line.replace(WIRE_HEADER, '').replace(OUTLET_BYLINE, '').trim();
}
