/**
 * Word-level tests used to recognise people: what a name looks like, what a
 * title word looks like, which words may stand between them (affiliations).
 */
import { charAt, isSpaceUnit } from './chars.ts';
import { LiteralScanner, type Starts } from './literal-scan.ts';
import { isAsciiLetter, isHangulSyllable } from './hangul.ts';
import {
  COUNTRIES,
  INSTITUTION_ENDINGS,
  NOT_NAMES,
  NOT_NAME_ENDINGS,
  PREFIXED_TITLES,
  STOP_WORDS,
  SURNAMES,
  TITLES,
  TITLE_MODIFIERS,
} from './name-lists.ts';
import { isOrgWord } from './orgs.ts';

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The words (`\S+` runs) that read as a title word (parseTitleWord), in
 * order. Only words holding a title are cut out; the name and affiliations
 * before a title are read back from it with wordBefore.
 */
export interface WordScan {
  titled: { word: Word; parsed: TitleWord }[];
}

/** The word (`\S+` run) around offset `at`. */
function wordAround(text: string, at: number): Word {
  let start = at;
  while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++;
  return { text: text.slice(start, end), start, end };
}

/** `titles`: where titles may start in `text` (startsOfAll with TITLE_SCANNER), when the caller has read them. */
export function scanWords(text: string, titles?: Starts): WordScan {
  const titled: WordScan['titled'] = [];
  const starts = titles ?? TITLE_SCANNER.starts(text);
  // Titles hold no spaces, so each match lies inside one word, and every word
  // holding a title gets at least one match; a word is judged once.
  for (let m = starts.next(0); m; ) {
    const word = wordAround(text, m.index);
    const parsed = parseTitleWord(word.text);
    if (parsed) titled.push({ word, parsed });
    m = starts.next(word.end);
  }
  return { titled };
}

/** The word just before `word` when exactly one space separates them (same phrase), else undefined. */
export function wordBefore(text: string, word: Word): Word | undefined {
  const gap = word.start - 1;
  if (gap < 1 || text[gap] !== ' ' || isSpaceUnit(text.charCodeAt(gap - 1))) return undefined;
  return wordAround(text, gap - 1);
}

const ALL_HANGUL = /^[가-힣]+$/;
const LEADING_MARKS = /^["“‘'(]+/;

/** The word without leading quote marks or an opening parenthesis: "(황 → 황. */
export function withoutLeadingMarks(word: Word): Word {
  const lead = LEADING_MARKS.exec(word.text)?.[0].length ?? 0;
  return { text: word.text.slice(lead), start: word.start + lead, end: word.end };
}

function isKnownNonName(w: string): boolean {
  return NOT_NAMES.has(w) || STOP_WORDS.has(w) || COUNTRIES.has(w) || isOrgWord(w);
}

/** A Korean full name: surname + two syllables (a two-syllable surname + two). Two-syllable names (김구) are not read. */
export function isKoreanName(w: string): boolean {
  if (!ALL_HANGUL.test(w) || isKnownNonName(w) || NOT_NAME_ENDINGS.has(w.slice(-1))) return false;
  if (w.length === 3) return SURNAMES.has(w.slice(0, 1));
  return w.length === 4 && SURNAMES.has(w.slice(0, 2));
}

/** One word of a transliterated name (젠슨, 트럼프): Hangul, not a known word, not ending in a case particle. */
export function isForeignNameWord(w: string): boolean {
  return ALL_HANGUL.test(w) && w.length <= 6 && !isKnownNonName(w) && !/(?:을|를|의|에|에서|은|는|와|과|로|으로)$/.test(w);
}

/**
 * Syllables that Sino-Korean readings never use, so they mark a transliterated
 * (foreign) name: ㅡ without a final (드, 트, 프, 스, 크), ㅡ + ㄴ after most
 * initials (슨, 든), ㅔ with a final (젠, 넬), and initial ㅋ (쿡; 쾌 excepted).
 */
export function looksTransliterated(w: string): boolean {
  for (const ch of w) {
    if (!isHangulSyllable(ch)) continue;
    const code = ch.charCodeAt(0) - 0xac00;
    const initial = Math.floor(code / 588);
    const vowel = Math.floor((code % 588) / 28);
    const final = code % 28;
    if (vowel === 18 && (final === 0 || (final === 4 && ![0, 11, 18].includes(initial)))) return true; // ㅡ, ㅡ+ㄴ
    if (vowel === 5 && final !== 0) return true; // ㅔ with a final
    if (initial === 15 && ch !== '쾌') return true; // ㅋ
  }
  return false;
}

/** A word that may stand between a name and its title: 엔비디아, 미국, 대통령실, SK, 전, 엔비디아(NVIDIA). */
export function isAffiliation(word: string): boolean {
  const w = word.replace(/\([^)]*\)$/, '');
  if (TITLE_MODIFIERS.has(w) || COUNTRIES.has(w) || isOrgWord(w)) return true;
  if (/^[A-Za-z0-9&.-]+$/.test(w) && isAsciiLetter(w[0])) return true;
  return ALL_HANGUL.test(w) && w.length >= 2 && !STOP_WORDS.has(w) && INSTITUTION_ENDINGS.some((e) => w.endsWith(e));
}

/** What may follow a person's title in the same word: subject/object particles, never place ones (회의장에서). */
const PERSON_TAILS = [
  '께서', '에게', '에게서', '로부터', '으로부터', '으로서', '로서', '이자', '이던', '이었던', '과의', '와의', '측',
  '은', '는', '이', '가', '의', '과', '와', '도', '을', '를', '만', '인', '이며', '이라며', '이라고', '이라는',
];

export interface TitleWord {
  /** Length of prefix + title + parenthesis (최고경영자(CEO) of 최고경영자(CEO)가). */
  coreLength: number;
  /** The title word proper (수석 of AI미래기획수석). */
  title: string;
}

/** Titles in the order they are tried; a title that needs a prefix is flagged. */
const TITLE_CANDIDATES: ReadonlyArray<readonly [string, boolean]> = [
  ...TITLES.map((t) => [t, false] as const),
  ...PREFIXED_TITLES.map((t) => [t, true] as const),
];
/** Positions in TITLE_CANDIDATES by the title's first character: a word can only hold titles that start with one of its characters. */
const CANDIDATES_BY_FIRST = new Map<string, number[]>();
TITLE_CANDIDATES.forEach(([title], i) => {
  const first = title[0] as string;
  CANDIDATES_BY_FIRST.set(first, [...(CANDIDATES_BY_FIRST.get(first) ?? []), i]);
});
export const TITLE_SCANNER = new LiteralScanner(TITLE_CANDIDATES.map(([t]) => t));
if (TITLE_CANDIDATES.some(([t]) => /\s/.test(t))) throw new Error('titles must be single words'); // scanWords relies on it

/**
 * Reads a word as a title: optional prefix of 2+ characters (국회의원,
 * AI미래기획수석; 1 character is rejected so 회의장 is not 회 + 의장), a
 * title word, an optional parenthesis ((CEO)), then person particles.
 */
export function parseTitleWord(raw: string): TitleWord | undefined {
  // Title words recur across articles (회장은, 대표는, 시장): answers are kept, within a bound.
  if (parsedTitles.has(raw)) return parsedTitles.get(raw);
  const parsed = readTitleWord(raw);
  if (parsedTitles.size >= MAX_PARSED_TITLES) parsedTitles.clear();
  parsedTitles.set(raw, parsed);
  return parsed;
}

const parsedTitles = new Map<string, TitleWord | undefined>();
const MAX_PARSED_TITLES = 4096;

function readTitleWord(raw: string): TitleWord | undefined {
  const word = raw.replace(/["”’'»)\],.;:!?]+$/, '');
  // The candidates that can occur in the word, tried in TITLE_CANDIDATES order.
  const possible: number[] = [];
  for (let i = 0; i < word.length; i++) {
    for (const c of CANDIDATES_BY_FIRST.get(word[i] as string) ?? []) if (!possible.includes(c)) possible.push(c);
  }
  if (possible.length > 1) possible.sort((a, b) => a - b);
  for (const c of possible) {
    const [title, needsPrefix] = TITLE_CANDIDATES[c] as readonly [string, boolean];
    for (let at = word.indexOf(title); at >= 0; at = word.indexOf(title, at + 1)) {
      if (at === 1 || (needsPrefix && at === 0)) continue;
      let end = at + title.length;
      const paren = /^\([^)]*\)/.exec(word.slice(end));
      if (paren) end += paren[0].length;
      const tail = word.slice(end);
      if (tail !== '' && !PERSON_TAILS.includes(tail)) continue;
      if (isAsciiLetter(title[0]) && isAsciiLetter(charAt(word, at - 1))) continue; // XCEO
      return { coreLength: end, title };
    }
  }
  return undefined;
}
