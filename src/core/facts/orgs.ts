/**
 * Organisations: the curated list in name-lists.ts (with aliases mapped to
 * one canonical name: NVIDIA → 엔비디아), words ending in an organisation
 * suffix (네이버클라우드, SK그룹, KB증권, 현대차그룹) and (주)-prefixed names.
 * Whole words only; particles may follow (엔비디아가, 현대차에), other Hangul
 * may not (메타버스 is not 메타, SK그룹 is read by the suffix rule).
 */
import type { Found, OrgFact } from './fact.ts';
import { isAsciiLetter, isDigit, stripParticle, wordEndsAt, wordStartsAt } from './hangul.ts';
import { charAt, isAsciiAlnumUnit, isHangulUnit, isSpaceUnit } from './chars.ts';
import { LiteralScanner, type Starts } from './literal-scan.ts';
import { NOT_ORGS, ORGS, ORG_SUFFIXES } from './name-lists.ts';

const CANONICAL = new Map<string, string>();
for (const [canonical = '', ...aliases] of ORGS) {
  for (const name of [canonical, ...aliases]) CANONICAL.set(name, canonical);
}

/** Listed names, longest first, so 삼성전자 wins over 삼성 at the same place. */
export const LISTED_ORGS = new LiteralScanner([...CANONICAL.keys()].sort((a, b) => b.length - a.length));

/**
 * Organisation suffixes anywhere in the text. They are Hangul, and a word
 * (below) always ends before a non-Hangul character, so a suffix never
 * straddles two words: a word holds a suffix exactly when a leftmost scan
 * finds one starting inside it.
 */
export const ORG_SUFFIX_SCANNER = new LiteralScanner(ORG_SUFFIXES);
if (!ORG_SUFFIXES.every((suffix) => /^[가-힣]+$/.test(suffix))) throw new Error('organisation suffixes must be Hangul');

/**
 * What separates words: `\s` and these marks. A word is a run of anything
 * else, or a (주)-prefixed name `\(주\)[가-힣A-Za-z0-9]+` (the parenthesis
 * separates, so such a name is tried where a word cannot start).
 */
function isWordSeparator(code: number): boolean {
  switch (code) {
    case 0xb7: // ·
    case 0x2c: // ,
    case 0x2e: // .
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x3c: // <
    case 0x3e: // >
    case 0x2f: // /
      return true;
    default:
      return isSpaceUnit(code);
  }
}

function isCorporateNameUnit(code: number): boolean {
  return isHangulUnit(code) || isAsciiAlnumUnit(code);
}

const CORPORATE = '(주)';

/** The word (as defined above) that starts at or after `from`, or undefined at the end of the text. */
function wordFrom(text: string, from: number): { start: number; end: number; corporate: boolean } | undefined {
  const n = text.length;
  for (let p = from; p < n; p++) {
    if (!isWordSeparator(text.charCodeAt(p))) {
      let end = p + 1;
      while (end < n && !isWordSeparator(text.charCodeAt(end))) end++;
      return { start: p, end, corporate: false };
    }
    if (text.startsWith(CORPORATE, p) && isCorporateNameUnit(text.charCodeAt(p + CORPORATE.length))) {
      let end = p + CORPORATE.length + 1;
      while (end < n && isCorporateNameUnit(text.charCodeAt(end))) end++;
      return { start: p, end, corporate: true };
    }
  }
  return undefined;
}

function hasOrgSuffix(stem: string): boolean {
  if (NOT_ORGS.has(stem) || !/^[가-힣A-Za-z0-9&]+$/.test(stem)) return false;
  return ORG_SUFFIXES.some((suffix) => stem.length > suffix.length && stem.endsWith(suffix));
}

/** True when the word (without particles) names an organisation. */
export function isOrgWord(word: string): boolean {
  return CANONICAL.has(word) || hasOrgSuffix(word) || /^\(주\)[가-힣A-Za-z0-9]+$/.test(word);
}

/** Where listed names and suffixes may start in a text (startsOfAll with LISTED_ORGS and ORG_SUFFIX_SCANNER). */
export interface OrgStarts {
  listed: Starts;
  suffixes: Starts;
}

function listed(text: string, starts: Starts): Found<OrgFact>[] {
  const facts: Found<OrgFact>[] = [];
  for (let m = starts.next(0); m; ) {
    const start = m.index;
    const end = start + m.text.length;
    const next = charAt(text, end);
    const endsWord = isAsciiLetter(next) || isDigit(next) ? false : wordEndsAt(text, end);
    if (!wordStartsAt(text, start) || !endsWord) {
      m = starts.next(start + 1); // a shorter name may still start later (SK그룹 is not SK; 삼성 of 삼성전자 is)
      continue;
    }
    const name = CANONICAL.get(m.text) ?? m.text;
    facts.push({ kind: 'org', key: `org:${name}`, name, text: m.text, start, end });
    m = starts.next(end);
  }
  return facts;
}

function orgOfWord(text: string, w: { start: number; end: number; corporate: boolean }): Found<OrgFact> | undefined {
  let start = w.start;
  let word = text.slice(w.start, w.end);
  if (w.corporate) {
    start += CORPORATE.length;
    word = word.slice(CORPORATE.length);
  }
  const { stem } = stripParticle(word);
  if (!w.corporate && !hasOrgSuffix(stem)) return undefined;
  if (CANONICAL.has(stem)) return undefined; // the list reads it
  return { kind: 'org', key: `org:${stem}`, name: stem, text: stem, start, end: start + stem.length };
}

/**
 * Suffix-named and (주)-prefixed organisations, read word by word. Only the
 * words holding a suffix or starting with (주) can qualify, so only those
 * are cut out. Reading words from the start of the text or from just after
 * a space or a word gives the same words (words never hold a space), so each
 * word is read from the nearest such point before it.
 */
function bySuffix(text: string, starts: Starts): Found<OrgFact>[] {
  const facts: Found<OrgFact>[] = [];
  let synced = 0; // words are known to start afresh here
  let suffix = starts.next(0);
  let corporate = text.indexOf(CORPORATE);
  while (suffix !== undefined || corporate >= 0) {
    const at = suffix !== undefined && (corporate < 0 || suffix.index < corporate) ? suffix.index : corporate;
    let from = at;
    while (from > synced && !isSpaceUnit(text.charCodeAt(from - 1))) from--;
    let w = wordFrom(text, from);
    while (w !== undefined && w.end <= at) w = wordFrom(text, w.end); // words before `at` hold nothing of interest
    if (w !== undefined && w.start <= at) {
      const fact = orgOfWord(text, w);
      if (fact) facts.push(fact);
      synced = w.end;
    } else {
      synced = w === undefined ? text.length : w.start; // `at` is a (주) that starts no word
      if (w === undefined) break;
    }
    // A suffix scan restarted where words start afresh still finds one in every later word that holds one.
    if (suffix !== undefined && suffix.index < synced) suffix = starts.next(synced);
    if (corporate >= 0 && corporate < synced) corporate = text.indexOf(CORPORATE, synced);
  }
  return facts;
}

export function extractOrgs(text: string, starts?: OrgStarts): Found<OrgFact>[] {
  const byList = listed(text, starts?.listed ?? LISTED_ORGS.starts(text));
  const bySuffixes = bySuffix(text, starts?.suffixes ?? ORG_SUFFIX_SCANNER.starts(text));
  // Each list alone is in text order and never overlaps itself (a match resumes after the last; words are apart).
  if (bySuffixes.length === 0) return byList;
  if (byList.length === 0) return bySuffixes;
  const all = [...byList, ...bySuffixes].sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the longest at each place: 현대차그룹 (suffix) over a 현대차 inside it.
  const kept: Found<OrgFact>[] = [];
  for (const fact of all) {
    const last = kept[kept.length - 1];
    if (last && fact.start < last.end) continue;
    kept.push(fact);
  }
  return kept;
}
