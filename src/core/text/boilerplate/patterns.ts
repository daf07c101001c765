/**
 * Regex building blocks and line predicates shared by the boilerplate rules.
 * Sources of the shapes: /work/shared/notes/korean.md §5 and the rule table
 * of jerry1700/Hannun-DS `src/hannun/preprocess/rules.py` (re-derived, not copied).
 */

/**
 * E-mail address, ASCII only. `\w` would also match Hangul and swallow the
 * sentence before a glued address (`…한다.abc@x.kr`); the local part must
 * start with a letter or digit so it never takes the full stop either, and
 * at the start of an ASCII run (a full stop after Hangul may precede it), so
 * a long run such as `a.a.a…` is scanned once, not once per letter.
 */
export const EMAIL = String.raw`(?<![A-Za-z0-9_%+-]|[A-Za-z0-9_%+-]\.)[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`;

/**
 * Job titles that can stand between a reporter's name and 기자, with their
 * space. An optional title between two `\s*` would split each space two
 * ways, and a chain of signatures then backtracks exponentially
 * (`홍길동 기자·` × 20 took seconds); keep one `\s*` on each side of it.
 */
const RANK_WORD = String.raw`(?:선임|수석|전문|인턴|객원|사진|영상|디지털뉴스|온라인뉴스)`;
const RANK = String.raw`(?:${RANK_WORD}\s*)?`;

/**
 * One reporter: optional dateline (`도쿄/`, `광주=`, `세종 `), a 2–4 syllable
 * name, then 기자 or 특파원. `세종 강주리 기자`, `도쿄/정수진 특파원`, `홍길동기자`.
 * Each signature must parse one way only, or a failing chain of them
 * backtracks exponentially: a title is never read as a name after a dateline
 * (`홍길동 인턴기자` is not dateline 홍길동 + name 인턴).
 */
const ONE_REPORTER = String.raw`(?:[가-힣]{1,8}\s*[/=]\s*|[가-힣]{1,8}\s+(?!${RANK_WORD})(?=[가-힣]{2,4}\s*${RANK}(?:기자|특파원)))?[가-힣]{2,4}\s*${RANK}(?:기자|특파원)`;

/** One or more reporters joined by `·` or `,`: `윤예림 인턴기자·신진호 기자`. */
export const REPORTER_CHAIN = String.raw`${ONE_REPORTER}(?:\s*[·,]\s*${ONE_REPORTER})*`;

/**
 * A chain, or three or four names sharing one title (`김철수 이영희 박민수 기자`;
 * two names already parse as dateline + name). The shared form also reads
 * `…것으로 알려졌다 홍길동 기자` as names, so it is only safe when the whole
 * line must match.
 */
export const REPORTERS = String.raw`(?:${REPORTER_CHAIN}|[가-힣]{2,4}(?:\s+[가-힣]{2,4}){2,3}\s*${RANK}기자)`;

/** Where a sentence has ended: terminal punctuation, possibly inside closing quotes or brackets. */
export const SENTENCE_END = String.raw`[.!?]["'”’)\]]*`;

/** Closing quotes and brackets that may follow a sentence end (SENTENCE_END). */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * True when the line ends like a finished sentence (`…밝혔다.`, `…했다"`):
 * before any closing quotes, `다` or one of . ! ? that does not follow a
 * full stop, since `...` and `…` mark truncated headlines. Read from the end,
 * so a long line costs only its last characters.
 */
export function isTerminated(line: string): boolean {
  let j = line.length - 1;
  while (j >= 0 && CLOSERS.has(line[j] as string)) j--;
  if (j < 0) return false;
  const last = line[j];
  if (last === '다') return true;
  return (last === '.' || last === '!' || last === '?') && (j === 0 || line[j - 1] !== '.');
}

/**
 * A line that reads as article body: a finished sentence of some length.
 * Headline lists fail on the ending (no full stop, or a `...` truncation),
 * so the length floor only has to exclude fragments such as `끝.`; 40 keeps
 * a one-sentence closing paragraph (the mk fixture's last one is 55).
 */
export function isBodyLike(line: string): boolean {
  return line.length >= 40 && isTerminated(line);
}

/** Korean sentence ends (`다.` possibly before closing quotes) in a stretch of text. */
export function countSentences(text: string): number {
  return text.match(/다\.(?=["'”’)\]]*(?:\s|$))/gu)?.length ?? 0;
}
