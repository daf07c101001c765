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

export function rankFacts(facts: readonly Fact[]): Fact[] {
  const sorted = [...facts].sort(
    (a, b) =>
      WHERE_ORDER[a.where] - WHERE_ORDER[b.where] ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.start - b.start,
  );
  const seen = new Set<string>();
  return sorted.filter((fact) => {
    if (seen.has(fact.key)) return false;
    seen.add(fact.key);
    return true;
  });
}

export function headlineFacts(facts: readonly Fact[], count: number = HEADLINE_FACT_COUNT): Fact[] {
  return rankFacts(facts).slice(0, count);
}
