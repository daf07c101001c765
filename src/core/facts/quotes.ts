/**
 * Direct quotations with their speaker. The speaker heuristic, per sentence
 * and before the quotation (text inside other quotations ignored):
 * 1. a person mention (full or 하 수석-style) followed by 은/는/이/가/께서 —
 *    the sentence subject: 황 CEO는 "…"라며;
 * 2. else the first subject-marked word — 은/이 after a final consonant,
 *    는/가 after a vowel (so 같이, 대해서는, 것이 are not subjects) — with up
 *    to two bare nouns before it: 업계 관계자는 → "업계 관계자";
 * 3. a pronoun subject (그는, 그녀는, 이들은) or no subject at all (또 "…",
 *    AI 인재 유출에 대해서는 "…") inherits the speaker of the previous
 *    sentence if that sentence quoted someone.
 * A quotation followed by an adnominal ending ('…'는 질문에, "…"라는 말) is
 * what someone asked or called, so it gets no speaker from the subject.
 * Speakers named after the quote ("…"라고 김 대표는 말했다) are not found.
 */
import { isSpaceUnit } from './chars.ts';
import { normalizeForKey, type Found, type PersonFact, type QuoteFact } from './fact.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { SubjectFinder } from './quote-subject.ts';
import type { Span } from './sentences.ts';

const ADNOMINAL = /^(?:이?라는|이?란|는)(?=\s)/;

/**
 * The quotations inside each sentence, in the order of `quotes`. Quotations
 * come sorted by opening (findQuotedSpans), so each sentence's are found by
 * binary search instead of a pass over all of them per sentence.
 */
function quotesBySentence(quotes: readonly QuotedSpan[], sentences: readonly Span[]): QuotedSpan[][] {
  if (!quotes.every((q, i) => i === 0 || (quotes[i - 1] as QuotedSpan).open <= q.open)) {
    return sentences.map((s) => quotes.filter((x) => x.open >= s.start && x.close < s.end));
  }
  return sentences.map((s) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid] as QuotedSpan).open < s.start) lo = mid + 1;
      else hi = mid;
    }
    const found: QuotedSpan[] = [];
    for (let i = lo; i < quotes.length && (quotes[i] as QuotedSpan).open < s.end; i++) {
      if ((quotes[i] as QuotedSpan).close < s.end) found.push(quotes[i] as QuotedSpan);
    }
    return found;
  });
}

function innerSpan(text: string, q: QuotedSpan): Span {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function extractQuotes(
  text: string,
  quotes: readonly QuotedSpan[],
  sentences: readonly Span[],
  persons: readonly Found<PersonFact>[],
): Found<QuoteFact>[] {
  const facts: Found<QuoteFact>[] = [];
  if (quotes.length === 0) return facts;
  const subjects = new SubjectFinder(text, quotes, persons);
  const inSentence = quotesBySentence(quotes, sentences);
  let previous: { sentence: number; speaker: string } | undefined;
  sentences.forEach((sentence, index) => {
    let spoken: string | undefined;
    for (const q of inSentence[index] ?? []) {
      const { start, end } = innerSpan(text, q);
      const inner = text.slice(start, end);
      const fact: Found<QuoteFact> = { kind: 'quote', key: `quote:${normalizeForKey(inner)}`, text: inner, start, end };
      if (!ADNOMINAL.test(text.slice(q.close + 1, q.close + 5))) {
        const subject = subjects.find(sentence, q);
        const inherited = previous && previous.sentence >= index - 1 ? previous.speaker : undefined;
        const speaker = subject.speaker ?? (subject.inherit ? inherited : undefined);
        if (speaker) {
          fact.speaker = speaker;
          spoken = speaker;
        }
      }
      facts.push(fact);
    }
    if (spoken) previous = { sentence: index, speaker: spoken };
  });
  return facts;
}
