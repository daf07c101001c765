/**
 * mrkdwn pieces shared by alerts, updates and digests. Every function here
 * returns escaped mrkdwn and bounds its length, so the blocks built from it
 * stay within limits.ts whatever the feed sends.
 */
import type { Fact } from '../../facts/fact.ts';
import type { StoryView } from '../../message.ts';
import { describeFact } from '../fact-text.ts';
import { LABELS } from './labels.ts';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn.ts';
import { oneLine, truncateText } from './truncate.ts';

/** StoryView.facts: "at most 3 are shown". */
export const MAX_FACTS = 3;
/** Feed text pieces (fact, outlet, keyword) are cut to this many characters before escaping. */
const PIECE_MAX = 300;
const NAME_MAX = 60;
/** Titles shown as link labels. */
const TITLE_MAX = 250;

/** One piece of feed text on one line, truncated, then escaped. */
export function feedText(s: string, max = PIECE_MAX): string {
  return escapeMrkdwn(truncateText(oneLine(s), max));
}

/** "• fact" lines for the top facts. */
export function factLines(facts: readonly Fact[]): string[] {
  return facts.slice(0, MAX_FACTS).map((f) => `• ${feedText(describeFact(f))}`);
}

/**
 * Lines joined by newlines, as many as fit in `max` (a section's 3000): the
 * first line always goes in (cut hard if even it is too long, which only a
 * pathological feed produces), later ones only whole.
 */
export function fitLines(lines: readonly string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max) {
      if (!out) out = truncateText(line, max);
      break;
    }
    out = next;
  }
  return out;
}

/**
 * Escaped items joined with `sep` while the result stays within `max`; the
 * rest is counted as "외 N".
 */
export function joinWithin(items: readonly string[], sep: string, max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, item] of items.entries()) {
    const tail = i < items.length - 1 ? sep.length + LABELS.andMore(items.length).length : 0;
    const add = (kept.length ? sep.length : 0) + item.length;
    if (length + add + tail > max) break;
    kept.push(item);
    length += add;
  }
  const rest = items.length - kept.length;
  return rest > 0 ? [...kept, LABELS.andMore(rest)].join(sep) : kept.join(sep);
}

/** Distinct values, by NFKC and case, in order of first appearance. */
export function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.normalize('NFKC').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The outlets that reported a story: the lead's first, then the others, each once. */
export function outletNames(story: StoryView, extra: readonly string[] = []): string[] {
  return distinct([story.feed, ...story.otherSources.map((s) => s.feed), ...extra]);
}

/** "다른 매체 2곳도 보도: A, B", or undefined when only the lead outlet reported it. */
export function alsoReportedText(story: StoryView, max: number): string | undefined {
  const others = outletNames(story).slice(1);
  if (others.length === 0) return undefined;
  const names = joinWithin(others.map((n) => feedText(n, NAME_MAX)), ', ', max - 40);
  return LABELS.alsoReported(others.length, names);
}

/** "키워드: 엔비디아, GPU · 주제: AI", or '' when the story has neither. */
export function whyText(story: StoryView, max: number): string {
  const half = Math.floor(max / 2) - 20;
  const parts: string[] = [];
  const keywords = distinct(story.keywords).map((k) => feedText(k, NAME_MAX));
  if (keywords.length) parts.push(`${LABELS.keywords}: ${joinWithin(keywords, ', ', half)}`);
  const topics = distinct(story.topics).map((t) => feedText(t, NAME_MAX));
  if (topics.length) parts.push(`${LABELS.topics}: ${joinWithin(topics, ', ', half)}`);
  return parts.join(' · ');
}

/**
 * `<url|title>`, or the plain escaped title when the link would not fit in
 * `max` (only an absurdly long url does that).
 */
export function titleLink(url: string | undefined, title: string, max: number): string {
  const label = truncateText(oneLine(title), TITLE_MAX);
  const link = mrkdwnLink(url, label);
  return link.length <= max ? link : escapeMrkdwn(label);
}
