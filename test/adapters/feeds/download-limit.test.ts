import { describe, expect, it } from 'vitest';
import { createDownloadLimit } from '../../../src/adapters/feeds/download-limit.ts';

/** A download the test finishes by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('the download limit', () => {
  it('runs at most `limit` downloads at once, the rest in the order they asked', async () => {
    const limit = createDownloadLimit(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) => limit.run(async () => (started.push(i), await g.opened, i)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('gives the place back when a download fails', async () => {
    const limit = createDownloadLimit(1);
    await expect(limit.run(async () => Promise.reject(new Error('ECONNRESET')))).rejects.toThrow('ECONNRESET');
    expect(await limit.run(async () => 'next')).toBe('next');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createDownloadLimit(0)).toThrow(RangeError);
    expect(() => createDownloadLimit(1.5)).toThrow(RangeError);
  });
});
