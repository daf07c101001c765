/**
 * Splits a headline into the headline proper, its desk tags and, for Google
 * News titles, the outlet name it appends. Tags (`[속보]`, `[단독]`, `<속보>`,
 * `(종합2보)`) say how urgent or exclusive an item is; they are metadata for
 * priority and must not take part in matching (korean.md §5).
 */

import { collapseSpaces } from '../../facts/chars.ts';

export interface StrippedTitle {
  title: string;
  /** Tag texts without brackets, in reading order: `['속보']`, `['단독', '종합']`. */
  tags: string[];
  /** The outlet of a Google News ` - 언론사` suffix. */
  outlet?: string;
}

/** Known desk tags; these are also recognised in round brackets and at the end. */
const KNOWN_TAG = String.raw`(?:속보|긴급|단독|종합\d*보?|\d+보|상보|1보|2보|업데이트|포토|영상)`;

/**
 * A leading tag in square, angle or lenticular brackets: any short label
 * (`[속보]`, `[단독]`, `[기자수첩]`, `[fn마켓워치]`), no `=` so a wire dateline
 * (`[서울=뉴시스]`) is never taken for one. Round brackets: known tags only,
 * since `(주)` or `(株)` open real headlines.
 */
const LEADING_TAG = new RegExp(
  String.raw`^\s*(?:\[([^[\]=]{1,12})\]|<([^<>=]{1,12})>|【([^【】=]{1,12})】|\((${KNOWN_TAG})\))\s*`,
  'u',
);
/** Yonhap puts the revision tag at the end: `…반도체 회복(종합)`, `…(종합2보)`. */
const TRAILING_TAG = new RegExp(String.raw`\s*[([<【](${KNOWN_TAG})[)\]>】]\s*$`, 'u');

/**
 * Google News appends ` - 언론사` (` - 아시아경제`, ` - 조선비즈`). Without a hint
 * an outlet is at most four words and 25 characters, and a headline must
 * remain; the hint (the item's `<source>`) makes the cut exact.
 */
const OUTLET_SUFFIX = /^(.{4,}?)\s+[\-–—]\s+([^\s\-–—][^\-–—]{0,24})$/u;
const MAX_OUTLET_WORDS = 4;

function splitOutlet(title: string, hint: string | undefined): { rest: string; outlet?: string } {
  if (hint !== undefined) {
    const outlet = hint.trim();
    const suffix = new RegExp(String.raw`\s+[-–—]\s+${escapeRegExp(outlet)}\s*$`, 'u');
    return outlet !== '' && suffix.test(title) ? { rest: title.replace(suffix, ''), outlet } : { rest: title };
  }
  const m = hasDash(title) ? OUTLET_SUFFIX.exec(title) : null;
  const rest = m?.[1];
  const outlet = m?.[2]?.trim();
  if (rest === undefined || outlet === undefined || outlet.split(/\s+/u).length > MAX_OUTLET_WORDS) {
    return { rest: title };
  }
  return { rest, outlet };
}

/** OUTLET_SUFFIX needs one of its dashes. */
function hasDash(title: string): boolean {
  return /[-–—]/u.test(title);
}

/** TRAILING_TAG ends in a closing bracket and then only spaces (trimEnd drops exactly `\s`). */
function endsInClosingBracket(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last !== '' && ')]>】'.includes(last);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export function stripTitlePrefix(title: string, opts: { outlet?: string } = {}): StrippedTitle {
  const trimmed = collapseSpaces(title); // `\s` is the same with or without the u flag
  const { rest, outlet } = splitOutlet(trimmed, opts.outlet);
  const tags: string[] = [];
  let text = rest;
  for (let m = LEADING_TAG.exec(text); m !== null; m = LEADING_TAG.exec(text)) {
    const remaining = text.slice(m[0].length);
    if (remaining === '') break; // a title that is only a tag stays a title
    tags.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim());
    text = remaining;
  }
  const trailing = endsInClosingBracket(text) ? TRAILING_TAG.exec(text) : null;
  if (trailing?.[1] !== undefined && trailing.index > 0) {
    tags.push(trailing[1]);
    text = text.slice(0, trailing.index);
  }
  const result: StrippedTitle = { title: text.trim(), tags };
  if (outlet !== undefined) result.outlet = outlet;
  return result;
}
