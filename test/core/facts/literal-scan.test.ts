import { describe, expect, it } from 'vitest';
import { LiteralScanner, startsOfAll } from '../../../src/core/facts/literal-scan.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every match as the regex alternation of the literals finds them, restarting one past each match start. */
function regexStarts(literals: readonly string[], text: string): [number, string][] {
  const re = new RegExp(literals.map(escape).join('|'), 'g');
  const found: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push([m.index, m[0]]);
    re.lastIndex = m.index + 1;
  }
  return found;
}

function scannerStarts(next: (from: number) => { index: number; text: string } | undefined): [number, string][] {
  const found: [number, string][] = [];
  for (let m = next(0); m; m = next(m.index + 1)) found.push([m.index, m.text]);
  return found;
}

function random(seed: number): () => number {
  let a = seed;
  return () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('LiteralScanner', () => {
  it('finds what the regex alternation of its literals finds, earlier literals first at one place', () => {
    const r = random(1);
    const alphabet = ['가', '나', '다', 'A', 'B', '.', '$', '가나', '나다다', 'AB'];
    for (let round = 0; round < 300; round++) {
      const literals = [...new Set(Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
        let l = '';
        for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) l += alphabet[Math.floor(r() * alphabet.length)];
        return l;
      }))];
      let text = '';
      for (let i = 0, n = Math.floor(r() * 30); i < n; i++) text += alphabet[Math.floor(r() * alphabet.length)];
      const scanner = new LiteralScanner(literals);
      const expected = regexStarts(literals, text);
      expect(scannerStarts((from) => scanner.next(text, from)), `${literals.join('|')} in ${text}`).toEqual(expected);
      expect(scannerStarts((from) => scanner.starts(text).next(from))).toEqual(expected);
      const [shared] = startsOfAll(text, [scanner, new LiteralScanner(['다'])]);
      expect(scannerStarts((from) => shared!.next(from))).toEqual(expected);
    }
  });

  it('prefers the longer name when listed first', () => {
    const scanner = new LiteralScanner(['삼성전자', '삼성']);
    expect(scanner.next('그 삼성전자와 삼성', 0)).toEqual({ index: 2, text: '삼성전자' });
    expect(scanner.next('그 삼성전자와 삼성', 3)).toEqual({ index: 8, text: '삼성' });
  });

  it('refuses an empty literal, which would match everywhere', () => {
    expect(() => new LiteralScanner(['a', ''])).toThrow(RangeError);
  });
});
