/**
 * The Store contract: behaviour every Store implementation must show, written
 * against the interface in src/app/ports.ts only (no SQL), so the SQLite store,
 * a PostgreSQL store and an in-memory fake can all run the same suite.
 *
 * Usage, from a `*.test.ts` file:
 *   describeStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));
 *
 * `open` must return an empty store; it is called before each test and the
 * store is closed after it. `cleanup`, if given, runs after each close (drop a
 * temp file, truncate tables).
 */
import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import { describeArticleContract } from './store-contract-articles.ts';
import { describeDeliveryContract } from './store-contract-deliveries.ts';
import { describeFeedStateContract } from './store-contract-feeds.ts';
import { describeHeartbeatContract } from './store-contract-heartbeat.ts';
import { describeHoldContract } from './store-contract-holds.ts';
import { describeItemMemoryContract } from './store-contract-item-memory.ts';
import { describeSearchContract } from './store-contract-search.ts';
import { describeSettingsContract } from './store-contract-settings.ts';
import { describeStoryContract } from './store-contract-stories.ts';

/** Gives a contract part the store of the running test. */
export type CurrentStore = () => Store;

export function describeStoreContract(
  name: string,
  open: () => Promise<Store> | Store,
  cleanup?: () => Promise<void> | void,
): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store | undefined;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store?.close();
      store = undefined;
      await cleanup?.();
    });

    const current: CurrentStore = () => {
      if (store === undefined) throw new Error('store contract: no store is open');
      return store;
    };

    describeFeedStateContract(current);
    describeArticleContract(current);
    describeItemMemoryContract(current);
    describeDeliveryContract(current);
    describeHoldContract(current);
    describeStoryContract(current);
    describeSearchContract(current);
    describeHeartbeatContract(current);
    describeSettingsContract(current);
  });
}
