import { describe, expect, it } from 'vitest';
import { truncateText } from '../../../../src/core/format/slack/truncate.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

describe('truncating on character boundaries', () => {
  it('leaves text that fits unchanged', () => {
    expect(truncateText('엔비디아 GPU', 9)).toBe('엔비디아 GPU');
    expect(truncateText('엔비디아 GPU', 100)).toBe('엔비디아 GPU');
  });

  it('cuts Korean text to the limit, ending with …', () => {
    const title = '가나다라마바사아자차카타파하'.repeat(15); // 210 characters
    const cut = truncateText(title, 150);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith('…')).toBe(true);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    for (const prefix of ['', 'a']) {
      const cut = truncateText(`${prefix}${'😀'.repeat(100)}`, 150);
      expect(cut.length).toBeLessThanOrEqual(150);
      expect(cut).not.toMatch(LONE_SURROGATE);
      expect(cut.endsWith('😀…')).toBe(true);
    }
  });

  it('never splits a Hangul syllable written as jamo (NFD)', () => {
    const decomposed = '한'.normalize('NFD').repeat(60); // 3 code units each
    const cut = truncateText(decomposed, 150);
    const body = cut.slice(0, -1);
    expect(body.length % 3).toBe(0);
    expect(body.normalize('NFC')).toBe('한'.repeat(body.length / 3));
  });

  it('does not leave a space before the ellipsis', () => {
    expect(truncateText('abc def ghi', 5)).toBe('abc…');
  });
});
