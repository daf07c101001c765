import { describe, expect, it } from 'vitest';
import { UNIT_SUFFIXES, isParticleTail, stripParticle, wordEndsAt } from '../../../src/core/facts/hangul.ts';

/** The rule as first written: a tail is a chain of particles when some particle starts it and the rest is a chain. */
const PIECES = [
  '이라는', '이라고', '이라며', '이라도', '이었다', '이었고', '에서', '에게', '께서', '한테', '으로', '까지', '부터', '처럼', '보다', '마다',
  '조차', '마저', '이나', '이며', '이고', '이다', '였다', '이라', '이란', '라는', '라고', '라며', '이든', '이', '가', '은', '는', '을', '를',
  '의', '에', '와', '과', '도', '만', '로', '서', '써', '나', '며', '고', '다', '인', '란', '라', '엔', '선', '랑',
];
function chain(tail: string, extra: readonly string[]): boolean {
  return tail === '' || [...extra, ...PIECES].some((p) => tail.startsWith(p) && chain(tail.slice(p.length), extra));
}

function random(seed: number): () => number {
  let a = seed;
  return () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('particle tails', () => {
  const r = random(3);
  const syllables = ['이', '라', '는', '에', '서', '가', '량', '의', '규', '모', '다', '엔', '비', '아', '만', '장', '1', ' '];
  const samples = Array.from({ length: 4000 }, () => {
    let s = '';
    for (let i = 0, n = Math.floor(r() * 9); i < n; i++) s += syllables[Math.floor(r() * syllables.length)];
    return s;
  });

  it('reads a chain of particles exactly as the recursive rule does', () => {
    for (const s of samples) {
      expect(isParticleTail(s), s).toBe(chain(s, []));
      expect(isParticleTail(s, UNIT_SUFFIXES), s).toBe(chain(s, UNIT_SUFFIXES));
    }
  });

  it('ends a word where the run of Hangul after it is such a chain', () => {
    for (const s of samples) {
      const run = /^[가-힣]*/.exec(s.slice(1))?.[0] ?? '';
      expect(wordEndsAt(s, 1), s).toBe(chain(run, []));
    }
  });

  it('splits off the longest particle ending', () => {
    for (const s of samples) {
      let expected = { stem: s, particle: '' };
      for (let i = 1; i < s.length; i++) {
        if (/[가-힣]/.test(s[i] ?? '') && chain(s.slice(i), [])) {
          expected = { stem: s.slice(0, i), particle: s.slice(i) };
          break;
        }
      }
      expect(stripParticle(s), s).toEqual(expected);
    }
    expect(stripParticle('엔비디아가')).toEqual({ stem: '엔비디아', particle: '가' });
  });

  it('stays fast on a long run of particle-like syllables', () => {
    // The recursive rule branches at every 이/이라; the chain walk does not (no timing asserted, it just has to finish).
    expect(isParticleTail('이라'.repeat(5000) + '이')).toBe(true);
    expect(wordEndsAt('가'.repeat(20000), 0)).toBe(true); // 가 is a particle, so any number of them chain
    expect(wordEndsAt('엔비'.repeat(10000), 0)).toBe(false);
  });
});
