/** Store contract, part: the worker heartbeat (see store-contract.ts). */
import { describe, expect, it } from 'vitest';
import type { CurrentStore } from './store-contract.ts';
import { at } from './store-fixtures.ts';

export function describeHeartbeatContract(store: CurrentStore): void {
  describe('worker heartbeat', () => {
    it('has no heartbeat in a new store', async () => {
      expect(await store().getHeartbeat()).toBeUndefined();
    });

    it('returns the heartbeat saved, dates as Date objects', async () => {
      await store().saveHeartbeat({ lastCycleAt: at(5), nextCycleAt: at(10) });
      const beat = await store().getHeartbeat();
      expect(beat).toEqual({ lastCycleAt: at(5), nextCycleAt: at(10) });
      expect(beat?.lastCycleAt).toBeInstanceOf(Date);
    });

    it('keeps only the latest heartbeat, including an undefined next cycle', async () => {
      await store().saveHeartbeat({ lastCycleAt: at(5), nextCycleAt: at(10) });
      await store().saveHeartbeat({ lastCycleAt: at(10), nextCycleAt: undefined });
      const beat = await store().getHeartbeat();
      expect(beat?.lastCycleAt).toEqual(at(10));
      expect(beat?.nextCycleAt).toBeUndefined();
    });
  });
}
