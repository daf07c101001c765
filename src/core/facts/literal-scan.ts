/**
 * Finding any of a list of literal strings in a text, as a regular
 * expression `a|b|c` of the escaped strings (no flags) would: the leftmost
 * position where one occurs, and there the first string of the list that
 * occurs. A table of first code units skips the positions where none can
 * start, and the first two code units pick the few literals worth comparing;
 * a regex alternation of a hundred names is several times slower.
 */

export interface LiteralMatch {
  index: number;
  text: string;
}

export class LiteralScanner {
  private readonly firstUnits = new Uint8Array(0x10000);
  /** The distinct first code units. */
  readonly firstUnitList: readonly number[];
  /**
   * By first, then second code unit: the literals starting with them, and
   * the one-unit literals of the first, in list order. Two levels keep the
   * keys small integers (one key of both units would be a heap number).
   */
  private readonly byPair = new Map<number, Map<number, string[]>>();
  /**
   * Set at pairHash(first, second) of every literal's first two units: most
   * positions fail here without a map lookup. Empty (no table) when every
   * literal is one unit long.
   */
  private readonly pairSeen: Uint8Array;
  private readonly hasSingles: boolean;
  /** By first code unit: the one-unit literals, for a position with no listed pair after it. */
  private readonly singles = new Map<number, string[]>();

  /** `literals` in priority order: at one position the earlier one wins (sort longest first for longest match). */
  constructor(literals: readonly string[]) {
    for (const literal of literals) {
      if (literal === '') throw new RangeError('a literal must not be empty'); // `a||b` would match everywhere
      this.firstUnits[literal.charCodeAt(0)] = 1;
    }
    this.firstUnitList = [...new Set(literals.map((l) => l.charCodeAt(0)))];
    this.pairSeen = new Uint8Array(literals.some((l) => l.length > 1) ? 0x10000 : 0);
    for (const literal of literals) {
      if (literal.length < 2) continue;
      const first = literal.charCodeAt(0);
      const second = literal.charCodeAt(1);
      this.pairSeen[pairHash(first, second)] = 1;
      const seconds = this.byPair.get(first) ?? new Map<number, string[]>();
      this.byPair.set(first, seconds);
      if (seconds.has(second)) continue;
      seconds.set(
        second,
        literals.filter((l) => l.charCodeAt(0) === first && (l.length === 1 || l.charCodeAt(1) === second)),
      );
    }
    for (const literal of literals) {
      if (literal.length !== 1) continue;
      const list = this.singles.get(literal.charCodeAt(0)) ?? [];
      list.push(literal);
      this.singles.set(literal.charCodeAt(0), list);
    }
    this.hasSingles = this.singles.size > 0;
  }

  /** The first listed literal that occurs at `pos`. */
  at(text: string, pos: number): string | undefined {
    const first = text.charCodeAt(pos);
    if (!(first >= 0) || this.firstUnits[first] === 0) return undefined;
    const second = text.charCodeAt(pos + 1); // NaN at the end
    const paired = second >= 0 && this.pairSeen[pairHash(first, second)] === 1 ? this.byPair.get(first)?.get(second) : undefined;
    const candidates = paired ?? (this.hasSingles ? this.singles.get(first) : undefined);
    if (candidates === undefined) return undefined;
    for (const literal of candidates) {
      if (literal.length <= 2 || text.startsWith(literal, pos)) return literal; // one or two units: already compared
    }
    return undefined;
  }

  /** Where a literal may start in `text`, for repeated searches in it. */
  starts(text: string): Starts {
    const units = this.firstUnits;
    const offsets: number[] = [];
    for (let pos = 0; pos < text.length; pos++) if (units[text.charCodeAt(pos)] !== 0) offsets.push(pos);
    return new Starts(text, this, offsets);
  }

  /** The leftmost match at or after `from`. */
  next(text: string, from: number): LiteralMatch | undefined {
    const units = this.firstUnits;
    const n = text.length;
    for (let pos = from > 0 ? from : 0; pos < n; pos++) {
      if (units[text.charCodeAt(pos)] === 0) continue;
      const literal = this.at(text, pos);
      if (literal !== undefined) return { index: pos, text: literal };
    }
    return undefined;
  }

}

/**
 * The offsets where a literal of each scanner may start, read in one pass
 * over the text for all of them (each pass over a text costs about as much
 * as the matching itself). `starts[i]` is ascending and serves
 * `scanners[i]`'s search through {@link Starts}.
 */
export function startsOfAll(text: string, scanners: readonly LiteralScanner[]): Starts[] {
  let table = tables.get(scanners);
  if (!table) {
    if (scanners.length > 8) throw new RangeError('at most 8 scanners share a pass');
    const built = new Uint8Array(0x10000);
    scanners.forEach((scanner, i) => {
      for (const unit of scanner.firstUnitList) built[unit] = (built[unit] as number) | (1 << i);
    });
    tables.set(scanners, built);
    table = built;
  }
  const offsets: number[][] = scanners.map(() => []);
  for (let pos = 0; pos < text.length; pos++) {
    // Visit only the set bits: most positions concern one scanner.
    for (let bits = table[text.charCodeAt(pos)] as number; bits !== 0; bits &= bits - 1) {
      (offsets[31 - Math.clz32(bits & -bits)] as number[]).push(pos);
    }
  }
  return scanners.map((scanner, i) => new Starts(text, scanner, offsets[i] as number[]));
}

const tables = new WeakMap<readonly LiteralScanner[], Uint8Array>();

/** A scanner's possible starts in one text: next() as LiteralScanner#next, visiting only those offsets. */
export class Starts {
  constructor(
    private readonly text: string,
    private readonly scanner: LiteralScanner,
    /** Where a literal may start (its first code unit is there), ascending. */
    readonly offsets: readonly number[],
  ) {}

  next(from: number): LiteralMatch | undefined {
    const offsets = this.offsets;
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offsets[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < offsets.length; k++) {
      const pos = offsets[k] as number;
      const literal = this.scanner.at(this.text, pos);
      if (literal !== undefined) return { index: pos, text: literal };
    }
    return undefined;
  }
}

/** A 16-bit hash of two code units, for the pair filter. */
function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}
