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
import { normalizeForKey, type Found, type PersonFact, type QuoteFact } from './fact.ts';
import { hasBatchim, isHangulSyllable, stripParticle } from './hangul.ts';
import type { QuotedSpan } from './quote-marks.ts';
import type { Span } from './sentences.ts';

const ADNOMINAL = /^(?:이?라는|이?란|는)(?=\s)/;
const SUBJECT_AFTER_PERSON = /^(?:께서|은|는|이|가)(?![가-힣])/;
const PRONOUNS = new Set(['그는', '그가', '그녀는', '그녀가', '이들은', '이들이', '그들은']);
/** Words before a subject that are not part of it (다만 업계는 → 업계). */
const CONNECTIVES = new Set([
  '다만', '또', '또한', '이어', '한편', '특히', '그러나', '하지만', '그러면서', '아울러', '이에', '이날', '당시', '현재',
  '앞서', '최근', '이후', '전날', '결국', '실제로', '반면', '이번', '지난', '오는',
]);
/** Subject-marked words that name no one: 이는 ("this is"), 이번이. */
const NOT_SPEAKERS = new Set(['이', '그', '이것', '그것', '이번', '당시', '이날', '현재', '결과', '문제', '배경']);
/** Adverbs ending in 이 that look like a subject (이같이 밝혔다). */
const ADVERBS = new Set(['같이', '이같이', '많이', '굳이', '깊이', '높이', '일찍이', '없이', '함께', '특히', '이처럼', '여전히']);
/** Stem endings that make 은/는/이/가 something else: 에서는, 로는, 것이, 때는, 수가, 등은. */
const NOT_SUBJECT_STEM_END = /(?:에|서|로|고|며|지|게|도|해|데|면|라|다|니|만|까|터|기|음|것|수|때|뿐|중|점|등|간|후|전|앞|뒤)$/;

interface Subject {
  speaker?: string;
  inherit: boolean;
}

function masked(text: string, from: number, to: number, quotes: readonly QuotedSpan[]): string {
  let out = text.slice(from, to);
  for (const q of quotes) {
    const a = Math.max(q.open, from);
    const b = Math.min(q.close + 1, to);
    if (a < b) out = out.slice(0, a - from) + ' '.repeat(b - a) + out.slice(b - from);
  }
  return out;
}

function subjectWord(pre: string): Subject | undefined {
  const words = pre.split(/\s+/).map((w) => w.replace(/[,;:]+$/, '')).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (PRONOUNS.has(word)) return { inherit: true };
    const m = /^([가-힣A-Za-z0-9()·]+?)(은|는|이|가)$/.exec(word);
    if (!m || ADVERBS.has(word)) continue;
    const [, stem = '', particle = ''] = m;
    const lastChar = stem[stem.length - 1] ?? '';
    if (NOT_SUBJECT_STEM_END.test(stem) || NOT_SPEAKERS.has(stem) || /^\d/.test(stem)) continue;
    if (isHangulSyllable(lastChar) && hasBatchim(lastChar) !== (particle === '은' || particle === '이')) continue;
    const nouns: string[] = [];
    for (let j = i - 1; j >= 0 && nouns.length < 2; j--) {
      const before = words[j] ?? '';
      if (!/^[가-힣A-Za-z]+$/.test(before) || CONNECTIVES.has(before) || stripParticle(before).particle) break;
      nouns.unshift(before);
    }
    return { speaker: [...nouns, stem].join(' '), inherit: false };
  }
  return undefined;
}

function findSubject(text: string, sentence: Span, quote: QuotedSpan, quotes: readonly QuotedSpan[], persons: readonly Found<PersonFact>[]): Subject {
  const inQuote = (p: Found<PersonFact>): boolean => quotes.some((q) => p.start > q.open && p.start < q.close);
  const person = persons.find(
    (p) => p.start >= sentence.start && p.end <= quote.open && !inQuote(p) && SUBJECT_AFTER_PERSON.test(text.slice(p.end, p.end + 3)),
  );
  if (person) return { speaker: person.name, inherit: false };
  return subjectWord(masked(text, sentence.start, quote.open, quotes)) ?? { inherit: true };
}

function innerSpan(text: string, q: QuotedSpan): Span {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export function extractQuotes(
  text: string,
  quotes: readonly QuotedSpan[],
  sentences: readonly Span[],
  persons: readonly Found<PersonFact>[],
): Found<QuoteFact>[] {
  const facts: Found<QuoteFact>[] = [];
  let previous: { sentence: number; speaker: string } | undefined;
  sentences.forEach((sentence, index) => {
    let spoken: string | undefined;
    for (const q of quotes.filter((x) => x.open >= sentence.start && x.close < sentence.end)) {
      const { start, end } = innerSpan(text, q);
      const fact: Found<QuoteFact> = {
        kind: 'quote',
        key: `quote:${normalizeForKey(text.slice(start, end))}`,
        text: text.slice(start, end),
        start,
        end,
      };
      if (!ADNOMINAL.test(text.slice(q.close + 1, q.close + 5))) {
        const subject = findSubject(text, sentence, q, quotes, persons);
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
