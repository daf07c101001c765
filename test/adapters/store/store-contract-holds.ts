/**
 * Store contract, part: deliveries held for a digest and delivery kinds (see
 * store-contract.ts). A held delivery waits until its hold ends (quiet hours)
 * or, with `until: null`, until its channel's digest runs.
 */
import { describe, expect, it } from 'vitest';
import type { Delivery, NewDelivery, Store } from '../../../src/app/ports.ts';
import type { CurrentStore } from './store-contract.ts';
import { article, at, delivery } from './store-fixtures.ts';

function held(articleId: string, channel: string, until: Date | null, kind: NewDelivery['kind'] = 'alert'): NewDelivery {
  return { ...delivery(articleId, channel), kind, held: { until } };
}

/**
 * slack-news: 'quiet' held until minute 10, 'digest' held for the digest,
 * 'now' pending. discord-news: 'quiet' held until minute 20. Articles first
 * seen in the order digest, quiet, now.
 */
async function seed(store: Store): Promise<void> {
  await store.recordArticles(
    [
      article('digest', { firstSeenAt: at(1) }),
      article('quiet', { firstSeenAt: at(2) }),
      article('now', { firstSeenAt: at(3) }),
    ],
    [
      held('quiet', 'slack-news', at(10), 'update'),
      held('digest', 'slack-news', null),
      delivery('now', 'slack-news'),
      held('quiet', 'discord-news', at(20)),
    ],
  );
}

const summary = (ds: Delivery[]) => ds.map((d) => [d.articleId, d.channel, d.kind, d.attempts]);

export function describeHoldContract(store: CurrentStore): void {
  describe('held deliveries and delivery kinds', () => {
    it('never hands out a held delivery as due, however late', async () => {
      await seed(store());
      expect(summary(await store().claimDueDeliveries(at(100_000), 10))).toEqual([['now', 'slack-news', 'alert', 1]]);
      expect(await store().claimDueDeliveries(at(100_000), 10)).toEqual([]);
    });

    it('counts held deliveries by channel', async () => {
      await seed(store());
      const counts = await store().deliveryCounts();
      expect(counts).toContainEqual({ channel: 'slack-news', status: 'held', count: 2 });
      expect(counts).toContainEqual({ channel: 'discord-news', status: 'held', count: 1 });
    });

    it('claims only the released holds of a channel with releasedOnly, once', async () => {
      await seed(store());
      expect(await store().claimHeld('slack-news', at(9), { releasedOnly: true })).toEqual([]);
      const claimed = await store().claimHeld('slack-news', at(10), { releasedOnly: true });
      expect(summary(claimed)).toEqual([['quiet', 'slack-news', 'update', 1]]);
      expect(claimed[0]?.article).toEqual(article('quiet', { firstSeenAt: at(2) }));
      expect(await store().claimHeld('slack-news', at(10), { releasedOnly: true })).toEqual([]);
      expect(await store().deliveryCounts()).toContainEqual({ channel: 'slack-news', status: 'sending', count: 1 });
    });

    it('claims every held delivery of the channel without releasedOnly, oldest first', async () => {
      await seed(store());
      const claimed = await store().claimHeld('slack-news', at(0), { releasedOnly: false });
      expect(summary(claimed)).toEqual([
        ['digest', 'slack-news', 'alert', 1],
        ['quiet', 'slack-news', 'update', 1],
      ]);
      expect(await store().claimHeld('slack-news', at(0), { releasedOnly: false })).toEqual([]);
      // The other channel's hold is untouched.
      expect(summary(await store().listHeld('discord-news', at(0), { releasedOnly: false }))).toEqual([
        ['quiet', 'discord-news', 'alert', 0],
      ]);
    });

    it('lists the same selection as claimHeld without changing anything', async () => {
      await seed(store());
      const released = await store().listHeld('slack-news', at(10), { releasedOnly: true });
      expect(summary(released)).toEqual([['quiet', 'slack-news', 'update', 0]]);
      const all = await store().listHeld('slack-news', at(10), { releasedOnly: false });
      expect(summary(all)).toEqual([
        ['digest', 'slack-news', 'alert', 0],
        ['quiet', 'slack-news', 'update', 0],
      ]);
      expect(await store().listHeld('slack-news', at(10), { releasedOnly: false })).toEqual(all);
      expect(await store().deliveryCounts()).toContainEqual({ channel: 'slack-news', status: 'held', count: 2 });
      const claimed = await store().claimHeld('slack-news', at(10), { releasedOnly: false });
      expect(claimed.map((d) => d.id)).toEqual(all.map((d) => d.id));
    });

    it('names the channels whose holds have ended, never for a hold waiting on the digest', async () => {
      await seed(store());
      expect(await store().channelsWithReleasedHolds(at(9))).toEqual([]);
      expect(await store().channelsWithReleasedHolds(at(10))).toEqual(['slack-news']);
      expect([...(await store().channelsWithReleasedHolds(at(20)))].sort()).toEqual(['discord-news', 'slack-news']);
      await store().claimHeld('slack-news', at(20), { releasedOnly: true });
      expect(await store().channelsWithReleasedHolds(at(100_000))).toEqual(['discord-news']);
    });

    it('retries a claimed held delivery like any other, at retryAt', async () => {
      await seed(store());
      const [digest, quiet] = await store().claimHeld('slack-news', at(5), { releasedOnly: false });
      expect([digest?.articleId, quiet?.articleId]).toEqual(['digest', 'quiet']);
      await store().markFailed(digest!.id, at(6), 'HTTP 503', at(50));
      await store().markSentAll([{ id: quiet!.id, at: at(6), ref: 'ts' }]);
      expect(await store().listHeld('slack-news', at(100), { releasedOnly: false })).toEqual([]);
      expect(summary(await store().claimDueDeliveries(at(49), 10))).toEqual([['now', 'slack-news', 'alert', 1]]);
      expect(summary(await store().claimDueDeliveries(at(50), 10))).toEqual([['digest', 'slack-news', 'alert', 2]]);
    });

    it('puts a failed digest back on hold until the given time, keeping its attempts', async () => {
      await seed(store());
      const claimed = await store().claimHeld('slack-news', at(10), { releasedOnly: false });
      await store().returnToHeld(claimed.map((d) => d.id), at(30), 'HTTP 503');
      expect(await store().deliveryCounts()).toContainEqual({ channel: 'slack-news', status: 'held', count: 2, lastError: 'HTTP 503' });
      expect(await store().channelsWithReleasedHolds(at(29))).toEqual(['discord-news']);
      expect([...(await store().channelsWithReleasedHolds(at(30)))].sort()).toEqual(['discord-news', 'slack-news']);
      expect(await store().claimHeld('slack-news', at(29), { releasedOnly: true })).toEqual([]);
      expect(summary(await store().claimHeld('slack-news', at(30), { releasedOnly: true }))).toEqual([
        ['digest', 'slack-news', 'alert', 2],
        ['quiet', 'slack-news', 'update', 2],
      ]);
    });

    it('puts a failed digest back on hold until the next digest when no time is given', async () => {
      await seed(store());
      const claimed = await store().claimHeld('slack-news', at(10), { releasedOnly: true });
      await store().returnToHeld(claimed.map((d) => d.id), null, 'HTTP 503');
      expect(await store().channelsWithReleasedHolds(at(100_000))).toEqual(['discord-news']);
      expect(await store().claimHeld('slack-news', at(100_000), { releasedOnly: true })).toEqual([]);
      expect(await store().claimHeld('slack-news', at(0), { releasedOnly: false })).toHaveLength(2);
    });

    it('puts nothing back on hold when one of the ids is unknown', async () => {
      await seed(store());
      const claimed = await store().claimHeld('slack-news', at(10), { releasedOnly: true });
      await expect(store().returnToHeld([claimed[0]!.id, 999_999], null, 'x')).rejects.toThrow();
      expect(await store().deliveryCounts()).toContainEqual({ channel: 'slack-news', status: 'sending', count: 1 });
      await expect(store().returnToHeld([], null, 'x')).resolves.toBeUndefined();
    });

    it('keeps at most one delivery per article and channel, held or not', async () => {
      const result = await store().recordArticles(
        [article('a')],
        [held('a', 'slack-news', null), delivery('a', 'slack-news'), held('a', 'slack-news', at(5))],
      );
      expect(result.queued).toBe(1);
      expect(await store().claimDueDeliveries(at(100), 10)).toEqual([]);
      expect(await store().listHeld('slack-news', at(100), { releasedOnly: false })).toHaveLength(1);
    });

    it('returns the kind of a delivery, alert when none was given', async () => {
      await store().recordArticles(
        [article('a'), article('b')],
        [
          delivery('a', 'slack-news'),
          { ...delivery('b', 'slack-news'), kind: 'update' },
          { ...delivery('a', 'discord-news'), kind: 'alert' },
        ],
      );
      expect(summary(await store().claimDueDeliveries(at(0), 10))).toEqual([
        ['a', 'slack-news', 'alert', 1],
        ['b', 'slack-news', 'update', 1],
        ['a', 'discord-news', 'alert', 1],
      ]);
    });
  });
}
