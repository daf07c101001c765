/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of
 * every pattern in one left-to-right pass, in time linear in the text plus
 * the number of occurrences, whatever the number of patterns
 * (Aho & Corasick, "Efficient string matching", CACM 18(6), 1975).
 *
 * Layout, for speed on large alphabets (Hangul has 11,172 syllables): code
 * units are first mapped to a small alphabet of the units the patterns use
 * (0 = used by none, which sends the automaton back to the root); the root's
 * transitions are a dense table, every other state's a short list of
 * (class, target) pairs in flat typed arrays, as are the outputs.
 */

export interface PatternSearcher {
  /** Calls `onMatch(pattern, end)` for each occurrence, `end` exclusive, in order of `end`. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void;
  /** The same over the first `length` code units of `units`. */
  searchUnits(units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void;
}

/** Builds the automaton once; pattern numbers are indices into `patterns`. Empty patterns are not allowed. */
export function buildAhoCorasick(patterns: readonly string[]): PatternSearcher {
  const classOf = new Uint16Array(0x10000);
  let classCount = 1;
  const next: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];

  patterns.forEach((pattern, id) => {
    if (pattern === '') throw new Error(`Aho-Corasick pattern ${id} is empty`);
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (classOf[unit] === 0) classOf[unit] = classCount++;
      const c = classOf[unit] as number;
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

  const root = new Int32Array(classCount);
  for (const [c, child] of next[0] as Map<number, number>) root[c] = child;
  const edgeStart = new Int32Array(next.length + 1);
  const outStart = new Int32Array(next.length + 1);
  for (let s = 0; s < next.length; s++) {
    edgeStart[s + 1] = (edgeStart[s] as number) + (s === 0 ? 0 : (next[s] as Map<number, number>).size);
    outStart[s + 1] = (outStart[s] as number) + (outputs[s] as number[]).length;
  }
  const edgeClass = new Uint16Array(edgeStart[next.length] as number);
  const edgeTarget = new Int32Array(edgeClass.length);
  const outIds = new Int32Array(outStart[next.length] as number);
  for (let s = 0; s < next.length; s++) {
    let e = edgeStart[s] as number;
    if (s !== 0) {
      for (const [c, child] of next[s] as Map<number, number>) {
        edgeClass[e] = c;
        edgeTarget[e++] = child;
      }
    }
    outIds.set(outputs[s] as number[], outStart[s] as number);
  }

  /** The state after reading class `c` (non-zero) in `state`, following failure links as needed. */
  const step = (state: number, c: number): number => {
    for (let s = state; s !== 0; s = fail[s] as number) {
      const stop = edgeStart[s + 1] as number;
      for (let e = edgeStart[s] as number; e < stop; e++) if (edgeClass[e] === c) return edgeTarget[e] as number;
    }
    return root[c] as number;
  };

  const searchUnits = (units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void => {
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = classOf[units[i] as number] as number;
      if (c === 0) {
        state = 0;
        continue;
      }
      state = step(state, c);
      const stop = outStart[state + 1] as number;
      for (let o = outStart[state] as number; o < stop; o++) onMatch(outIds[o] as number, i + 1);
    }
  };

  return {
    searchUnits,
    search(text, onMatch) {
      const units = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      searchUnits(units, text.length, onMatch);
    },
  };
}
