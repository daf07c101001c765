/**
 * A /news subcommand with its options, turned into the platform-neutral text
 * syntax (app/commands/parse-command.ts) that executeCommand parses, so Slack
 * and Discord share one parser and one set of rules:
 *   keywords-add topic=physical-ai keywords="피지컬 AI, 물리AI"
 *     → keywords add physical-ai "피지컬 AI" 물리AI
 */
import { SEARCH_PERIODS } from './news-command.ts';

export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

/** Quote pairs the tokenizer (app/commands/tokenize.ts) understands, by opening character. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
];
const OPENERS = new Set(['"', "'", '“', '”', '‘']);

/**
 * One word of the text syntax: as is when the tokenizer keeps it whole, else
 * quoted with a pair whose closing mark it does not contain. Undefined when
 * no pair fits (a value holding every kind of quote mark).
 */
export function quoteWord(word: string): string | undefined {
  const w = word.replace(/\s+/g, ' ').trim();
  if (w && !w.includes(' ') && !OPENERS.has(w[0] as string)) return w;
  const pair = QUOTE_PAIRS.find(([, close]) => !w.includes(close));
  return pair && w ? `${pair[0]}${w}${pair[1]}` : undefined;
}

/** Strips one pair of quotes around a whole value: users type "피지컬 AI" out of habit. */
function unquote(value: string): string {
  const v = value.trim();
  const pair = QUOTE_PAIRS.find(([open, close]) => v.length >= 2 && v.startsWith(open) && v.endsWith(close));
  return pair ? v.slice(1, -1).trim() : v;
}

/** A keywords option: comma-separated (ASCII, full-width or ideographic comma), blanks dropped. */
export function splitKeywords(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map(unquote)
    .filter((k) => k.length > 0);
}

const str = (options: OptionValues, name: string): string | undefined => {
  const v = options[name];
  return v === undefined || v === '' ? undefined : unquote(String(v));
};

const VERBS: Record<string, string> = {
  topics: 'topics',
  keywords: 'keywords',
  'keywords-add': 'keywords add',
  'keywords-remove': 'keywords remove',
  'topics-add': 'topics add',
  'topics-remove': 'topics remove',
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  feeds: 'feeds',
  'feeds-add': 'feeds add',
  'feeds-remove': 'feeds remove',
  'digest-now': 'digest now',
  status: 'status',
  help: 'help',
};

/** The words after the verb, in the order the text syntax expects; missing required values are left out (the parser reports them). */
function argumentsOf(subcommand: string, o: OptionValues): (string | undefined)[] | { error: string } {
  switch (subcommand) {
    case 'search': {
      const period = str(o, 'period');
      if (period !== undefined && !(SEARCH_PERIODS as readonly string[]).includes(period)) {
        return { error: `period must be one of ${SEARCH_PERIODS.join(', ')}, not "${period}"` };
      }
      const page = o.page === undefined ? undefined : Number(o.page);
      if (page !== undefined && !(Number.isInteger(page) && page >= 1)) return { error: `page must be a whole number from 1, not "${String(o.page)}"` };
      // A multi-word query goes as one quoted word, so none of its words is read
      // as a period or a page. A one-word query such as "7d" still is (the parser's rule).
      return [str(o, 'query'), period, page === undefined ? undefined : `p${page}`];
    }
    case 'keywords':
    case 'topics-remove':
    case 'unsubscribe':
      return [str(o, 'topic')];
    case 'keywords-add':
      return [str(o, 'topic'), ...splitKeywords(String(o.keywords ?? ''))];
    case 'keywords-remove':
      return [str(o, 'topic'), str(o, 'keyword')];
    case 'topics-add':
      return [str(o, 'name'), ...splitKeywords(String(o.keywords ?? ''))];
    case 'subscribe':
      return [str(o, 'topic'), str(o, 'mode')];
    case 'feeds-add':
      return [str(o, 'url'), str(o, 'name')];
    case 'feeds-remove':
      return [str(o, 'feed')];
    default:
      return [];
  }
}

export function interactionToText(subcommand: string, options: OptionValues): TextResult {
  const verb = subcommand === 'search' ? 'search' : VERBS[subcommand];
  if (verb === undefined) return { ok: false, error: `unknown subcommand "${subcommand}" (are the registered commands out of date?)` };
  const args = argumentsOf(subcommand, options);
  if ('error' in args) return { ok: false, error: args.error };
  const words: string[] = [verb];
  for (const arg of args) {
    if (arg === undefined) continue;
    const word = quoteWord(arg);
    if (word === undefined) return { ok: false, error: `cannot use ${JSON.stringify(arg)}: it holds every kind of quote mark` };
    words.push(word);
  }
  return { ok: true, text: words.join(' ') };
}
