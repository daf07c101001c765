/**
 * Organisations: the curated list in name-lists.ts (with aliases mapped to
 * one canonical name: NVIDIA → 엔비디아), words ending in an organisation
 * suffix (네이버클라우드, SK그룹, KB증권, 현대차그룹) and (주)-prefixed names.
 * Whole words only; particles may follow (엔비디아가, 현대차에), other Hangul
 * may not (메타버스 is not 메타, SK그룹 is read by the suffix rule).
 */
import type { Found, OrgFact } from './fact.ts';
import { isAsciiLetter, isDigit, stripParticle, wordEndsAt, wordStartsAt } from './hangul.ts';
import { NOT_ORGS, ORGS, ORG_SUFFIXES } from './name-lists.ts';

const CANONICAL = new Map<string, string>();
for (const [canonical = '', ...aliases] of ORGS) {
  for (const name of [canonical, ...aliases]) CANONICAL.set(name, canonical);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LISTED = new RegExp(
  [...CANONICAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'g',
);

/** Any organisation suffix anywhere in a word: the quick test before particles are split off. */
const ANY_ORG_SUFFIX = new RegExp(ORG_SUFFIXES.map(escape).join('|'));
/** A word of the text, or a (주)-prefixed name. */
const WORD_OR_CORPORATE = /[^\s·,."“”'‘’()[\]<>/]+|\(주\)[가-힣A-Za-z0-9]+/g;

function hasOrgSuffix(stem: string): boolean {
  if (NOT_ORGS.has(stem) || !/^[가-힣A-Za-z0-9&]+$/.test(stem)) return false;
  return ORG_SUFFIXES.some((suffix) => stem.length > suffix.length && stem.endsWith(suffix));
}

/** True when the word (without particles) names an organisation. */
export function isOrgWord(word: string): boolean {
  return CANONICAL.has(word) || hasOrgSuffix(word) || /^\(주\)[가-힣A-Za-z0-9]+$/.test(word);
}

function listed(text: string): Found<OrgFact>[] {
  const facts: Found<OrgFact>[] = [];
  LISTED.lastIndex = 0;
  for (let m = LISTED.exec(text); m; m = LISTED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const next = text[end];
    const endsWord = isAsciiLetter(next) || isDigit(next) ? false : wordEndsAt(text, end);
    if (!wordStartsAt(text, start) || !endsWord) {
      LISTED.lastIndex = start + 1; // a shorter name may still start here or later (SK그룹 is not SK; 삼성 of 삼성전자 is)
      continue;
    }
    const name = CANONICAL.get(m[0]) ?? m[0];
    facts.push({ kind: 'org', key: `org:${name}`, name, text: m[0], start, end });
  }
  return facts;
}

/** Suffix-named and (주)-prefixed organisations, read word by word. */
function bySuffix(text: string): Found<OrgFact>[] {
  const facts: Found<OrgFact>[] = [];
  for (const m of text.matchAll(WORD_OR_CORPORATE)) {
    let start = m.index;
    let word = m[0];
    const corporate = word.startsWith('(주)');
    if (corporate) {
      start += 3;
      word = word.slice(3);
    }
    if (!corporate && !ANY_ORG_SUFFIX.test(word)) continue; // the stem is a prefix of the word
    const { stem } = stripParticle(word);
    if (!corporate && !hasOrgSuffix(stem)) continue;
    if (CANONICAL.has(stem)) continue; // the list reads it
    facts.push({ kind: 'org', key: `org:${stem}`, name: stem, text: stem, start, end: start + stem.length });
  }
  return facts;
}

export function extractOrgs(text: string): Found<OrgFact>[] {
  const all = [...listed(text), ...bySuffix(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the longest at each place: 현대차그룹 (suffix) over a 현대차 inside it.
  const kept: Found<OrgFact>[] = [];
  for (const fact of all) {
    const last = kept[kept.length - 1];
    if (last && fact.start < last.end) continue;
    kept.push(fact);
  }
  return kept;
}
