/**
 * Which facts to show first in an alert: headline before lead before body;
 * within each, numbers (money, quantity, percent, multiple) before quotes,
 * quotes before dates, dates before bare names; then text order. Duplicates
 * by key keep their best-ranked occurrence (26만장 in the headline, not the
 * 26만 장 of the body).
 */
import type { Fact, FactKind, FactWhere } from './fact.ts';

const WHERE_ORDER: Readonly<Record<FactWhere, number>> = { headline: 0, lead: 1, body: 2 };

const KIND_ORDER: Readonly<Record<FactKind, number>> = {
  money: 0,
  quantity: 0,
  percent: 0,
  multiple: 1,
  quote: 2,
  date: 3,
  person: 4,
  org: 4,
};

/** How many facts an alert shows. */
export const HEADLINE_FACT_COUNT = 3;

/**
 * One number per fact that orders like (where, kind, start): place and kind
 * are small, and offsets stay far below 2^31, so the sum is exact. Facts
 * come in many shapes, so each is read once here rather than in a comparator.
 */
function rankOf(f: Fact): number {
  return (WHERE_ORDER[f.where] * 8 + KIND_ORDER[f.kind]) * 2 ** 31 + f.start;
}

export function rankFacts(facts: readonly Fact[]): Fact[] {
  const n = facts.length;
  const ranks: number[] = [];
  for (let i = 0; i < n; i++) ranks.push(rankOf(facts[i] as Fact));
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort((a, b) => (ranks[a] as number) - (ranks[b] as number)); // stable: ties keep text order
  const seen = new Set<string>();
  const ranked: Fact[] = [];
  for (const i of order) {
    const fact = facts[i] as Fact;
    if (seen.has(fact.key)) continue;
    seen.add(fact.key);
    ranked.push(fact);
  }
  return ranked;
}

/**
 * rankFacts(facts).slice(0, count), found by picking the best-ranked fact
 * with a new key `count` times instead of sorting them all.
 */
export function headlineFacts(facts: readonly Fact[], count: number = HEADLINE_FACT_COUNT): Fact[] {
  if (!Number.isInteger(count) || count < 0) return rankFacts(facts).slice(0, count); // slice's own reading of odd counts
  const n = facts.length;
  const ranks: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = facts[i] as Fact;
    ranks.push(rankOf(f));
    keys.push(f.key);
  }
  const picked: Fact[] = [];
  const pickedKeys: string[] = [];
  while (picked.length < count) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if ((best < 0 || (ranks[i] as number) < (ranks[best] as number)) && !pickedKeys.includes(keys[i] as string)) best = i;
    }
    if (best < 0) break;
    picked.push(facts[best] as Fact);
    pickedKeys.push(keys[best] as string);
  }
  return picked;
}
