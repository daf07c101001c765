/**
 * Entry point: all facts of an article (headline + already-cleaned body; the
 * boilerplate cleaner runs first) and the few worth showing in an alert.
 * Text is expected in NFC (as feeds deliver it); full-width forms are folded
 * here without changing offsets. The lead is the first punctuated sentence of
 * the body with any sub-headline lines before it (sentences.ts).
 */
import { NUMBER_STARTS, findAmounts } from './amounts.ts';
import { localDate, type CivilDate } from './civil-date.ts';
import { DATE_WORDS, extractDatesFrom, type DateStarts } from './dates.ts';
import type { Fact, FactWhere, FoundFact, PersonFact, Found } from './fact.ts';
import { WIDTH_FOLDED, foldWidth } from './hangul.ts';
import { extractMoney } from './money.ts';
import { startsOfAll, type Starts } from './literal-scan.ts';
import { LISTED_ORGS, ORG_SUFFIX_SCANNER, extractOrgs, type OrgStarts } from './orgs.ts';
import { TITLE_SCANNER, scanWords, type WordScan } from './person-words.ts';
import { findFullPersons, findShortRefs } from './persons.ts';
import { extractMultiples, extractPercents, extractQuantities } from './quantities.ts';
import { QUOTE_MARKS, findQuotedSpans, type QuotedSpan } from './quote-marks.ts';
import { extractQuotes } from './quotes.ts';
import { headlineFacts, rankFacts } from './rank.ts';
import { SENTENCE_BREAKS, leadEnd, splitSentences, type Span } from './sentences.ts';

export interface FactInput {
  headline: string;
  body: string;
  /** Publish instant; relative dates (31일, 지난달 31일, 이날) resolve against its calendar date in `timeZone`. */
  published: Date;
  /** IANA zone of the outlet, e.g. 'Asia/Seoul'. */
  timeZone: string;
}

export interface ExtractedFacts {
  /** Every fact, headline first, each text in order. */
  facts: Fact[];
  /** The top of rankFacts(facts): what an alert shows. */
  headlineFacts: Fact[];
}

/** What is read once per text and shared by the extractors (and, for the body, by the lead). */
interface Prepared {
  original: string;
  folded: string;
  orgStarts: OrgStarts;
  numberStarts: readonly number[];
  dateStarts: DateStarts;
  words: WordScan;
  fullPersons: Found<PersonFact>[];
  quoted: QuotedSpan[];
  sentences: Span[];
}

/**
 * What the extractors look for is found in one pass over a text (each pass
 * costs about as much as the matching itself): where titles, listed
 * organisations and organisation suffixes may start, quotation marks,
 * sentence breaks, number starts, date words, and characters that need
 * width folding.
 */
const SCANNERS = [TITLE_SCANNER, LISTED_ORGS, ORG_SUFFIX_SCANNER, QUOTE_MARKS, SENTENCE_BREAKS, NUMBER_STARTS, DATE_WORDS, WIDTH_FOLDED] as const;
type Found8 = [Starts, Starts, Starts, Starts, Starts, Starts, Starts, Starts];

/** `needSentences`: the body's sentences give the lead; elsewhere they serve quotes only. */
function prepare(text: string, needSentences: boolean): Prepared {
  let folded = text;
  let starts = startsOfAll(text, SCANNERS) as Found8;
  if (starts[7].offsets.length > 0) {
    folded = foldWidth(text); // rare: full-width forms or odd spaces; the rest is read from the folded copy
    starts = startsOfAll(folded, SCANNERS) as Found8;
  }
  const [titles, listed, suffixes, marks, breaks, numbers, dateWords] = starts;
  const words = scanWords(folded, titles);
  const quoted = findQuotedSpans(folded, marks.offsets);
  return {
    original: text,
    folded,
    orgStarts: { listed, suffixes },
    numberStarts: numbers.offsets,
    dateStarts: { digits: numbers.offsets, words: dateWords },
    words,
    fullPersons: findFullPersons(folded, words),
    quoted,
    sentences: needSentences || quoted.length > 0 ? splitSentences(folded, quoted, breaks.offsets) : [],
  };
}

/**
 * Facts are objects of many shapes, so every property read on them is slow
 * (megamorphic): the passes below read each fact once into plain arrays and
 * sort positions, not objects. Sorting is stable, as Array#sort is.
 */
function byStart<T extends { start: number }>(items: readonly T[]): T[] {
  const n = items.length;
  const starts: number[] = [];
  for (let i = 0; i < n; i++) starts.push((items[i] as T).start);
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  if (n > 32) {
    order.sort((a, b) => (starts[a] as number) - (starts[b] as number));
  } else {
    // Insertion sort: stable, and quicker than a sort call for the few facts of a text.
    for (let i = 1; i < n; i++) {
      const start = starts[i] as number;
      let k = i - 1;
      for (; k >= 0 && (starts[order[k] as number] as number) > start; k--) order[k + 1] = order[k] as number;
      order[k + 1] = i;
    }
  }
  return order.map((i) => items[i] as T);
}

function factsOf(p: Prepared, ref: CivilDate, knownPersons: readonly Found<PersonFact>[]): FoundFact[] {
  const text = p.folded;
  const amounts = findAmounts(text, p.numberStarts);
  const persons = byStart([...p.fullPersons, ...findShortRefs(text, knownPersons, p.fullPersons, p.words)]);
  const found: FoundFact[] = [];
  for (const list of [
    extractQuantities(text, amounts),
    extractMoney(text, amounts),
    extractPercents(text, amounts),
    extractMultiples(text, amounts),
    extractDatesFrom(text, ref, p.dateStarts),
    extractQuotes(text, p.quoted, p.sentences, persons),
    persons,
    extractOrgs(text, p.orgStarts),
  ]) {
    for (const fact of list) found.push(fact);
  }
  // Spans were found in the folded copy; show them as written. Every extractor
  // sets text = folded.slice(start, end), so nothing changes when no character was folded.
  if (p.original !== text) for (const f of found) f.text = p.original.slice(f.start, f.end);
  return byStart(found);
}

/** Sets each fact's place. The facts are fresh objects of this extraction, so they are completed in place. */
function placed(facts: FoundFact[], where: (start: number) => FactWhere): Fact[] {
  for (const f of facts) (f as Fact).where = where(f.start);
  return facts as Fact[];
}

export function extractFacts(input: FactInput): ExtractedFacts {
  const headline = prepare(input.headline, false);
  const body = prepare(input.body, true);
  const known = [...headline.fullPersons, ...body.fullPersons];
  const ref = localDate(input.published, input.timeZone);
  const lead = leadEnd(body.folded, body.sentences);
  const facts = placed(factsOf(headline, ref, known), () => 'headline').concat(
    placed(factsOf(body, ref, known), (start) => (start < lead ? 'lead' : 'body')),
  );
  return { facts, headlineFacts: headlineFacts(facts) };
}

export { rankFacts, headlineFacts };
