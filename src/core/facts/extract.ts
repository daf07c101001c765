/**
 * Entry point: all facts of an article (headline + already-cleaned body; the
 * boilerplate cleaner runs first) and the few worth showing in an alert.
 * Text is expected in NFC (as feeds deliver it); full-width forms are folded
 * here without changing offsets. The lead is the first punctuated sentence of
 * the body with any sub-headline lines before it (sentences.ts).
 */
import { findAmounts } from './amounts.ts';
import { extractDates } from './dates.ts';
import type { Fact, FactWhere, FoundFact, PersonFact, Found } from './fact.ts';
import { foldWidth } from './hangul.ts';
import { extractMoney } from './money.ts';
import { extractOrgs } from './orgs.ts';
import { findFullPersons, findShortRefs } from './persons.ts';
import { extractMultiples, extractPercents, extractQuantities } from './quantities.ts';
import { findQuotedSpans } from './quote-marks.ts';
import { extractQuotes } from './quotes.ts';
import { headlineFacts, rankFacts } from './rank.ts';
import { leadEnd, splitSentences } from './sentences.ts';

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

interface Prepared {
  original: string;
  folded: string;
  fullPersons: Found<PersonFact>[];
}

function prepare(text: string): Prepared {
  const folded = foldWidth(text);
  return { original: text, folded, fullPersons: findFullPersons(folded) };
}

function factsOf(p: Prepared, input: FactInput, knownPersons: readonly Found<PersonFact>[]): FoundFact[] {
  const text = p.folded;
  const amounts = findAmounts(text);
  const quoted = findQuotedSpans(text);
  const persons = [...p.fullPersons, ...findShortRefs(text, knownPersons, p.fullPersons)].sort((a, b) => a.start - b.start);
  const found: FoundFact[] = [
    ...extractQuantities(text, amounts),
    ...extractMoney(text, amounts),
    ...extractPercents(text, amounts),
    ...extractMultiples(text, amounts),
    ...extractDates(text, input),
    ...extractQuotes(text, quoted, splitSentences(text, quoted), persons),
    ...persons,
    ...extractOrgs(text),
  ];
  // Spans were found in the folded copy; show them as written.
  return found.map((f) => ({ ...f, text: p.original.slice(f.start, f.end) })).sort((a, b) => a.start - b.start);
}

function placed(facts: FoundFact[], where: (f: FoundFact) => FactWhere): Fact[] {
  return facts.map((f) => ({ ...f, where: where(f) }) as Fact);
}

export function extractFacts(input: FactInput): ExtractedFacts {
  const headline = prepare(input.headline);
  const body = prepare(input.body);
  const known = [...headline.fullPersons, ...body.fullPersons];
  const bodyQuotes = findQuotedSpans(body.folded);
  const lead = leadEnd(body.folded, splitSentences(body.folded, bodyQuotes));
  const facts = [
    ...placed(factsOf(headline, input, known), () => 'headline'),
    ...placed(factsOf(body, input, known), (f) => (f.start < lead ? 'lead' : 'body')),
  ];
  return { facts, headlineFacts: headlineFacts(facts) };
}

export { rankFacts, headlineFacts };
