/**
 * People, from a name followed by a title (heuristic, no dictionary of names):
 * - Korean: one word of surname + two syllables (하정우), then up to three
 *   affiliation words, then a title word: 하정우 대통령실 AI미래기획수석;
 * - foreign: two Hangul words (젠슨 황, 도널드 트럼프), accepted only with an
 *   affiliation before the title (젠슨 황 엔비디아 최고경영자(CEO)) or when a
 *   word looks transliterated (see looksTransliterated), so that common
 *   nouns (국내 기업 대표) are not read as names;
 * - affiliations are known orgs, countries, institution-like words (대통령실),
 *   Latin words and modifiers (전, 신임); 삼성전자 이재용 회장 also works,
 *   since the candidate nearest the title wins.
 * Later short references — a surname (하 수석, 황 CEO) or a foreign last name
 * (트럼프 대통령) before a title — resolve to a full person introduced in the
 * same article; unresolved ones are dropped.
 */
import type { Found, PersonFact } from './fact.ts';
import { SURNAMES } from './name-lists.ts';
import {
  isAffiliation,
  isForeignNameWord,
  isKoreanName,
  looksTransliterated,
  scanWords,
  wordBefore,
  withoutLeadingMarks,
  type Word,
  type WordScan,
} from './person-words.ts';

const MAX_AFFILIATIONS = 3;

function personFact(text: string, name: string, title: string | undefined, start: number, end: number): Found<PersonFact> {
  const fact: Found<PersonFact> = { kind: 'person', key: `person:${name}`, name, text: text.slice(start, end), start, end };
  if (title) fact.title = title;
  return fact;
}

/** Up to `max` words of the phrase before `word`, in reading order, as long as they are one space apart (same line, no punctuation gaps). */
function phraseBefore(text: string, word: Word, max: number): Word[] {
  const phrase: Word[] = [];
  for (let w = wordBefore(text, word); w && phrase.length < max; w = wordBefore(text, w)) phrase.unshift(w);
  return phrase;
}

function titleText(text: string, affiliations: Word[], titleWord: Word, coreLength: number): string {
  const start = affiliations[0]?.start ?? titleWord.start;
  return text.slice(start, titleWord.start + coreLength);
}

/** Full name + title occurrences. `scan` is scanWords(text), passed in when the caller already has it. */
export function findFullPersons(text: string, scan: WordScan = scanWords(text)): Found<PersonFact>[] {
  const facts: Found<PersonFact>[] = [];
  scan.titled.forEach(({ word: titleWord, parsed }) => {
    const phrase = phraseBefore(text, titleWord, MAX_AFFILIATIONS + 2);
    // Try name positions nearest the title first.
    for (let k = phrase.length - 1; k >= 0; k--) {
      const affiliations = phrase.slice(k + 1);
      if (affiliations.length > MAX_AFFILIATIONS || !affiliations.every((w) => isAffiliation(w.text))) break;
      const word = phrase[k] as Word;
      const title = titleText(text, affiliations, titleWord, parsed.coreLength);
      const end = titleWord.start + parsed.coreLength;
      const korean = withoutLeadingMarks(word);
      if (isKoreanName(korean.text)) {
        facts.push(personFact(text, korean.text, title, korean.start, end));
        return;
      }
      // Foreign: two words; only the first may carry an opening mark.
      const first = k > 0 ? withoutLeadingMarks(phrase[k - 1] as Word) : undefined;
      if (!first || !isForeignNameWord(first.text) || !isForeignNameWord(word.text)) continue;
      if (affiliations.length > 0 || looksTransliterated(first.text) || looksTransliterated(word.text)) {
        facts.push(personFact(text, `${first.text} ${word.text}`, title, first.start, end));
        return;
      }
    }
  });
  return facts;
}

/** The part of a name later references use: 하 of 하정우 (남궁 of 남궁민수), 황 of 젠슨 황, 트럼프 of 도널드 트럼프. */
function surnameOf(name: string): string {
  if (name.includes(' ')) return name.slice(name.lastIndexOf(' ') + 1);
  return name.length === 4 ? name.slice(0, 2) : name.slice(0, 1);
}

function resolve(surname: string, title: string, known: readonly Found<PersonFact>[]): Found<PersonFact> | undefined {
  const matches = known.filter((p) => surnameOf(p.name) === surname);
  if (new Set(matches.map((p) => p.name)).size <= 1) return matches[0];
  // Several people share the surname: the one whose title has this title word, if exactly one does.
  const byTitle = new Set(matches.filter((p) => p.title?.includes(title)).map((p) => p.name));
  return byTitle.size === 1 ? matches.find((p) => byTitle.has(p.name)) : undefined;
}

/** Short references (하 수석, 황 CEO, 트럼프 대통령) resolved against `known` full persons. */
export function findShortRefs(
  text: string,
  known: readonly Found<PersonFact>[],
  taken: readonly Found<PersonFact>[] = [],
  scan: WordScan = scanWords(text),
): Found<PersonFact>[] {
  const facts: Found<PersonFact>[] = [];
  let foreignSurnames: Set<string> | undefined; // last names of known foreign persons, built on first use
  scan.titled.forEach(({ word: titleWord, parsed }) => {
    const previous = wordBefore(text, titleWord);
    if (!previous) return;
    const ref = withoutLeadingMarks(previous);
    foreignSurnames ??= new Set(known.filter((p) => p.name.includes(' ')).map((p) => surnameOf(p.name)));
    const isSurname = SURNAMES.has(ref.text) || foreignSurnames.has(ref.text);
    if (!isSurname) return;
    const end = titleWord.start + parsed.coreLength;
    if (taken.some((p) => ref.start < p.end && end > p.start)) return; // part of a full mention (젠슨 황 … CEO)
    const person = resolve(ref.text, parsed.title, known);
    if (person) facts.push(personFact(text, person.name, person.title, ref.start, end));
  });
  return facts;
}
