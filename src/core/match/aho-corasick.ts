/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of
 * every pattern in one left-to-right pass, in time linear in the text plus
 * the number of occurrences, whatever the number of patterns
 * (Aho & Corasick, "Efficient string matching", CACM 18(6), 1975).
 */

export interface PatternSearcher {
  /** Calls `onMatch(pattern, end)` for each occurrence, `end` exclusive, in order of `end`. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void;
}

/** Builds the automaton once; pattern numbers are indices into `patterns`. Empty patterns are not allowed. */
export function buildAhoCorasick(patterns: readonly string[]): PatternSearcher {
  const next: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];

  patterns.forEach((pattern, id) => {
    if (pattern === '') throw new Error(`Aho-Corasick pattern ${id} is empty`);
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      const edges = next[state] as Map<number, number>;
      let to = edges.get(c);
      if (to === undefined) {
        to = next.length;
        edges.set(c, to);
        next.push(new Map());
        outputs.push([]);
      }
      state = to;
    }
    (outputs[state] as number[]).push(id);
  });

  // Failure links by breadth-first search; each state inherits the outputs of its
  // failure state, so a match reports every pattern that is a suffix of it.
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (const child of (next[0] as Map<number, number>).values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const [c, child] of next[state] as Map<number, number>) {
      let f = fail[state] as number;
      while (f !== 0 && !(next[f] as Map<number, number>).has(c)) f = fail[f] as number;
      const target = (next[f] as Map<number, number>).get(c);
      const childFail = target !== undefined && target !== child ? target : 0;
      fail[child] = childFail;
      const inherited = outputs[childFail] as number[];
      if (inherited.length > 0) outputs[child] = [...(outputs[child] as number[]), ...inherited];
      queue.push(child);
    }
  }

  return {
    search(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let to = (next[state] as Map<number, number>).get(c);
        while (to === undefined && state !== 0) {
          state = fail[state] as number;
          to = (next[state] as Map<number, number>).get(c);
        }
        state = to ?? 0;
        for (const id of outputs[state] as number[]) onMatch(id, i + 1);
      }
    },
  };
}
