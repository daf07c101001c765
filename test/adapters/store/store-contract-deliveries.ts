/** Store contract, part: claiming and settling deliveries (see store-contract.ts). */
import { describe, expect, it } from 'vitest';
import type { DeliveryCount, Store } from '../../../src/app/ports.ts';
import type { CurrentStore } from './store-contract.ts';
import { article, at, delivery } from './store-fixtures.ts';

/** Three articles with one Slack delivery each, due at minutes 10, 0 and 20, and one due at 0 for Discord. */
async function seed(store: Store): Promise<void> {
  await store.recordArticles(
    [article('a'), article('b'), article('c')],
    [
      delivery('a', 'slack-news', at(10)),
      delivery('b', 'slack-news', at(0)),
      delivery('c', 'slack-news', at(20)),
      delivery('a', 'discord-news', at(0)),
    ],
  );
}

function sorted(counts: DeliveryCount[]): DeliveryCount[] {
  const key = (c: DeliveryCount) => `${c.channel}\u0000${c.status}`;
  return [...counts].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

export function describeDeliveryContract(store: CurrentStore): void {
  describe('delivery queue', () => {
    it('claims only pending deliveries that are due, oldest first, with their article', async () => {
      await seed(store());
      const claimed = await store().claimDueDeliveries(at(10), 10);
      expect(claimed.map((d) => [d.articleId, d.channel])).toEqual([
        ['b', 'slack-news'],
        ['a', 'discord-news'],
        ['a', 'slack-news'],
      ]);
      expect(claimed[0]).toMatchObject({ platform: 'slack', attempts: 1 });
      expect(claimed[1]?.platform).toBe('discord');
      expect(claimed[0]?.article).toEqual(article('b'));
      expect(new Set(claimed.map((d) => d.id)).size).toBe(3);
    });

    it('never hands out the same delivery twice, and respects the limit', async () => {
      await seed(store());
      const first = await store().claimDueDeliveries(at(30), 2);
      const second = await store().claimDueDeliveries(at(30), 2);
      const third = await store().claimDueDeliveries(at(30), 2);
      expect(first).toHaveLength(2);
      expect(second).toHaveLength(2);
      expect(third).toEqual([]);
      const ids = [...first, ...second].map((d) => d.id);
      expect(new Set(ids).size).toBe(4);
    });

    it('claims nothing before the first delivery is due, or with a limit of 0', async () => {
      await store().recordArticles([article('a')], [delivery('a', 'slack-news', at(10))]);
      expect(await store().claimDueDeliveries(at(9), 10)).toEqual([]);
      expect(await store().claimDueDeliveries(at(10), 0)).toEqual([]);
      expect(await store().claimDueDeliveries(at(10), 10)).toHaveLength(1);
    });

    it('does not claim a delivery marked sent again', async () => {
      await store().recordArticles([article('a')], [delivery('a', 'slack-news')]);
      const [claimed] = await store().claimDueDeliveries(at(0), 10);
      await store().markSentAll([{ id: claimed!.id, at: at(1), ref: '1718000000.000100' }]);
      expect(await store().claimDueDeliveries(at(1000), 10)).toEqual([]);
      expect(await store().deliveryCounts()).toEqual([{ channel: 'slack-news', status: 'sent', count: 1 }]);
    });

    it('retries a failed delivery at retryAt and not before, counting the attempts', async () => {
      await store().recordArticles([article('a')], [delivery('a', 'slack-news')]);
      const [claimed] = await store().claimDueDeliveries(at(0), 10);
      await store().markFailed(claimed!.id, at(1), 'HTTP 429', at(5));
      expect(await store().deliveryCounts()).toEqual([
        { channel: 'slack-news', status: 'pending', count: 1, lastError: 'HTTP 429' },
      ]);
      expect(await store().claimDueDeliveries(at(4), 10)).toEqual([]);
      const [retry] = await store().claimDueDeliveries(at(5), 10);
      expect(retry).toMatchObject({ id: claimed!.id, attempts: 2 });
    });

    it('gives up on a delivery failed without retryAt', async () => {
      await store().recordArticles([article('a')], [delivery('a', 'slack-news')]);
      const [claimed] = await store().claimDueDeliveries(at(0), 10);
      await store().markFailed(claimed!.id, at(1), 'channel_not_found', null);
      expect(await store().claimDueDeliveries(at(1000), 10)).toEqual([]);
      expect(await store().deliveryCounts()).toEqual([
        { channel: 'slack-news', status: 'failed', count: 1, lastError: 'channel_not_found' },
      ]);
    });

    it('marks several deliveries sent in one go, with their references', async () => {
      await store().recordArticles([article('a'), article('b')], [delivery('a', 'slack-news'), delivery('b', 'slack-news')]);
      const claimed = await store().claimDueDeliveries(at(0), 10);
      await store().markSentAll(claimed.map((d, i) => ({ id: d.id, at: at(1), ref: `ref-${i}` })));
      expect(await store().deliveryCounts()).toEqual([{ channel: 'slack-news', status: 'sent', count: 2 }]);
      expect(await store().storyAlertRef('b', 'slack-news')).toBe('ref-1');
      await store().markSentAll([]);
    });

    it('marks none of a batch sent when one of its deliveries does not exist', async () => {
      await store().recordArticles([article('a')], [delivery('a', 'slack-news')]);
      const [claimed] = await store().claimDueDeliveries(at(0), 10);
      await expect(store().markSentAll([{ id: claimed!.id, at: at(1) }, { id: 999_999, at: at(1) }])).rejects.toThrow(/999999/);
      expect(await store().deliveryCounts()).toEqual([{ channel: 'slack-news', status: 'sending', count: 1 }]);
    });

    it('rejects settling a delivery that does not exist', async () => {
      await expect(store().markSentAll([{ id: 999_999, at: at(0) }])).rejects.toThrow();
      await expect(store().markFailed(999_999, at(0), 'x', null)).rejects.toThrow();
    });

    it('turns claims left sending into unknown, never to be claimed again', async () => {
      await seed(store());
      const claimed = await store().claimDueDeliveries(at(10), 2);
      await store().markSentAll([{ id: claimed[0]!.id, at: at(11) }]);
      expect(await store().releaseInterrupted(at(12))).toBe(1);
      expect(await store().releaseInterrupted(at(13))).toBe(0);
      const unknown = (await store().deliveryCounts()).find((c) => c.status === 'unknown');
      expect(unknown).toMatchObject({ channel: claimed[1]!.channel, count: 1 });
      expect(unknown?.lastError).toMatch(/interrupted/);
      const later = await store().claimDueDeliveries(at(1000), 10);
      expect(later.map((d) => d.id)).not.toContain(claimed[1]!.id);
      expect(later).toHaveLength(2);
    });

    it('counts deliveries by channel and status, with the latest error of each group', async () => {
      await store().recordArticles(
        [article('a'), article('b'), article('c')],
        [
          delivery('a', 'slack-news'),
          delivery('b', 'slack-news'),
          delivery('c', 'slack-news'),
          delivery('a', 'discord-news'),
          delivery('b', 'discord-news', at(60)),
        ],
      );
      const claimed = await store().claimDueDeliveries(at(0), 10);
      const slack = claimed.filter((d) => d.channel === 'slack-news');
      const discord = claimed.filter((d) => d.channel === 'discord-news');
      await store().markFailed(slack[0]!.id, at(3), 'second error', null);
      await store().markFailed(slack[1]!.id, at(2), 'first error', null);
      await store().markSentAll([{ id: slack[2]!.id, at: at(4) }]);
      await store().markSentAll([{ id: discord[0]!.id, at: at(4) }]);
      expect(sorted(await store().deliveryCounts())).toEqual([
        { channel: 'discord-news', status: 'pending', count: 1 },
        { channel: 'discord-news', status: 'sent', count: 1 },
        { channel: 'slack-news', status: 'failed', count: 2, lastError: 'second error' },
        { channel: 'slack-news', status: 'sent', count: 1 },
      ]);
    });

    it('reports no counts for an empty queue', async () => {
      expect(await store().deliveryCounts()).toEqual([]);
    });
  });
}
