import { describe, it, expect } from 'vitest';
import { buildAhoCorasick } from '../../../src/core/match/aho-corasick.ts';

function allMatches(patterns: string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  buildAhoCorasick(patterns).search(text, (p, end) => out.push([p, end]));
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function naive(patterns: string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) out.push([id, i + p.length]);
  });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** Deterministic PRNG (mulberry32) so the comparison below is reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('buildAhoCorasick', () => {
  it('reports overlapping and nested patterns (the textbook he/she/his/hers case)', () => {
    expect(allMatches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [0, 4],
      [1, 4],
      [3, 6],
    ]);
  });

  it('reports each of two identical patterns', () => {
    expect(allMatches(['엔비디아', '엔비디아'], '엔비디아')).toEqual([
      [0, 4],
      [1, 4],
    ]);
  });

  it('finds Hangul patterns that share prefixes and suffixes', () => {
    expect(allMatches(['삼성', '삼성전자', '성전'], '삼성전자')).toEqual([
      [0, 2],
      [2, 3],
      [1, 4],
    ]);
  });

  it('finds nothing in text without the patterns', () => {
    expect(allMatches(['gpu'], 'cpu npu')).toEqual([]);
  });

  it('rejects an empty pattern', () => {
    expect(() => buildAhoCorasick(['a', ''])).toThrow(/pattern 1 is empty/);
  });

  it('agrees with naive search on random texts over a small alphabet', () => {
    const next = rng(42);
    const alphabet = ['a', 'b', '가', '나'];
    const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * 4)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 8 }, () => word(1 + Math.floor(next() * 4)));
      const text = word(60);
      expect(allMatches(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('agrees with naive search for many patterns over a larger alphabet (long failure chains)', () => {
    const next = rng(7);
    const alphabet = ['a', 'b', 'c', '가', '나', '다'];
    const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * 6)]).join('');
    for (let round = 0; round < 20; round++) {
      const patterns = Array.from({ length: 60 }, () => word(1 + Math.floor(next() * 6)));
      const text = word(300);
      expect(allMatches(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('searches only the first `length` units of a code-unit buffer', () => {
    const units = Uint16Array.from('gpu gpu', (ch) => ch.charCodeAt(0));
    const ends: number[] = [];
    buildAhoCorasick(['gpu']).searchUnits(units, 5, (_p, end) => ends.push(end));
    expect(ends).toEqual([3]);
  });
});
