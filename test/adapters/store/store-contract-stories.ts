/**
 * Store contract, part: stories (see store-contract.ts). A story is the same
 * event reported by several outlets; its id is the id of its first article,
 * and an article recorded without a story id is a story of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/facts/fact.ts';
import type { Store } from '../../../src/app/ports.ts';
import type { CurrentStore } from './store-contract.ts';
import { allArticles, article, at, delivery } from './store-fixtures.ts';

const FACTS: Fact[] = [
  { kind: 'quantity', key: 'quantity:260000:units', text: '26만장', start: 8, end: 12, where: 'headline', value: 260000, exact: '260000', unit: '장', approx: 'about' },
  { kind: 'org', key: 'org:엔비디아', text: 'NVIDIA', start: 0, end: 6, where: 'lead', name: '엔비디아' },
];

/**
 * Story 'lead': lead (old), member (new). Story 'old': old only. Story
 * 'fresh': fresh only (new). Published in the order lead, old, fresh, member.
 */
async function seedStories(store: Store): Promise<void> {
  await store.recordArticles(
    [
      article('lead', { published: at(-600), firstSeenAt: at(-600) }),
      article('old', { published: at(-500), firstSeenAt: at(-500) }),
      article('fresh', { published: at(4), firstSeenAt: at(5) }),
      article('member', { storyId: 'lead', published: at(9), firstSeenAt: at(10) }),
    ],
    [],
  );
}

const ids = (articles: { id: string }[]) => articles.map((a) => a.id);

/** Claims every due delivery and settles each as `settle` says (by article and channel). */
async function settleAll(store: Store, settle: (articleId: string, channel: string) => string | 'fail' | 'keep'): Promise<void> {
  for (const d of await store.claimDueDeliveries(at(0), 100)) {
    const outcome = settle(d.articleId, d.channel);
    if (outcome === 'fail') await store.markFailed(d.id, at(1), 'channel_not_found', null);
    else if (outcome !== 'keep') await store.markSentAll([{ id: d.id, at: at(1), ref: outcome }]);
  }
}

export function describeStoryContract(store: CurrentStore): void {
  describe('story fields of articles', () => {
    it('stores the story id, facts and fact keys, and gives them back with claimed deliveries', async () => {
      const full = article('member', { storyId: 'lead', facts: FACTS, factKeys: ['quantity:260000:units', 'org:엔비디아', 'date:2026-06-11'] });
      await store().recordArticles([full], [delivery('member', 'slack-news')]);
      expect(await allArticles(store())).toEqual([full]);
      const [claimed] = await store().claimDueDeliveries(at(0), 10);
      expect(claimed?.article).toEqual(full);
      expect(claimed?.article.facts?.[0]).toEqual(FACTS[0]);
    });

    it('makes an article recorded without a story id its own story, and keeps absent facts absent', async () => {
      await store().recordArticles([article('a', { storyId: undefined })], []);
      const [stored] = await allArticles(store());
      expect(stored?.storyId).toBe('a');
      expect(stored?.facts).toBeUndefined();
      expect(stored?.factKeys).toBeUndefined();
    });

    it('keeps empty fact lists empty', async () => {
      await store().recordArticles([article('a', { facts: [], factKeys: [] })], []);
      const [stored] = await allArticles(store());
      expect(stored?.facts).toEqual([]);
      expect(stored?.factKeys).toEqual([]);
    });
  });

  describe('recentStoryArticles, recentArticleRefs and storyArticles', () => {
    it('returns whole stories with an article first seen since the time, oldest first', async () => {
      await seedStories(store());
      expect(ids(await store().recentStoryArticles(at(5)))).toEqual(['lead', 'fresh', 'member']);
      expect(ids(await store().recentStoryArticles(at(6)))).toEqual(['lead', 'member']);
      expect(ids(await store().recentStoryArticles(at(-500)))).toEqual(['lead', 'old', 'fresh', 'member']);
      expect(await store().recentStoryArticles(at(11))).toEqual([]);
    });

    it('lists the ids and story ids of articles first seen since the time, oldest first', async () => {
      await seedStories(store());
      expect(await store().recentArticleRefs(at(5))).toEqual([
        { id: 'fresh', storyId: 'fresh' },
        { id: 'member', storyId: 'lead' },
      ]);
      expect(await store().recentArticleRefs(at(11))).toEqual([]);
    });

    it('returns every article of the given stories, oldest first, then by first-seen time', async () => {
      await seedStories(store());
      await store().recordArticles([article('same-time', { storyId: 'lead', published: at(9), firstSeenAt: at(8) })], []);
      expect(ids(await store().storyArticles(['lead']))).toEqual(['lead', 'same-time', 'member']);
      expect(ids(await store().storyArticles(['fresh', 'old', 'nothing']))).toEqual(['old', 'fresh']);
      expect(await store().storyArticles([])).toEqual([]);
    });
  });

  describe('storyChannels and storyAlertRef', () => {
    it('names the channels that have any delivery of a story, except failed ones', async () => {
      await seedStories(store());
      await store().recordArticles(
        [article('late', { storyId: 'fresh' })],
        [
          delivery('late', 'slack-news'),
          delivery('late', 'discord-news'),
          { ...delivery('late', 'slack-digest'), held: { until: null } },
          { ...delivery('late', 'slack-later'), notBefore: at(60) },
        ],
      );
      await settleAll(store(), (_, channel) => (channel === 'discord-news' ? 'fail' : 'ts'));
      expect(await store().storyChannels(['fresh', 'lead', 'nothing'])).toEqual(
        new Map([['fresh', new Set(['slack-news', 'slack-digest', 'slack-later'])]]),
      );
      expect(await store().storyChannels([])).toEqual(new Map());
    });

    it('counts a delivery of any article of the story, alert or update', async () => {
      await store().recordArticles(
        [article('lead'), article('member', { storyId: 'lead' }), article('other')],
        [delivery('lead', 'slack-news'), { ...delivery('member', 'discord-news'), kind: 'update' }, delivery('other', 'slack-x')],
      );
      expect(await store().storyChannels(['lead'])).toEqual(new Map([['lead', new Set(['slack-news', 'discord-news'])]]));
    });

    it('gives the reference of the latest sent alert of the story in that channel only', async () => {
      await store().recordArticles(
        [article('lead'), article('member', { storyId: 'lead' }), article('third', { storyId: 'lead' })],
        [
          delivery('lead', 'slack-news'),
          { ...delivery('member', 'slack-news'), kind: 'update' },
          delivery('lead', 'discord-news'),
          delivery('member', 'slack-other'),
          delivery('third', 'slack-other'),
        ],
      );
      await settleAll(store(), (articleId, channel) => {
        if (channel === 'slack-other') return articleId === 'member' ? 'fail' : 'keep';
        return `${articleId}@${channel}`;
      });
      expect(await store().storyAlertRef('lead', 'slack-news')).toBe('lead@slack-news');
      expect(await store().storyAlertRef('lead', 'discord-news')).toBe('lead@discord-news');
      // A failed alert and one still being sent have nothing to reply to.
      expect(await store().storyAlertRef('lead', 'slack-other')).toBeUndefined();
      expect(await store().storyAlertRef('lead', 'slack-none')).toBeUndefined();
      expect(await store().storyAlertRef('nothing', 'slack-news')).toBeUndefined();
    });

    it('picks the most recently sent of two alerts of a story in one channel', async () => {
      await store().recordArticles(
        [article('lead'), article('member', { storyId: 'lead' })],
        [delivery('lead', 'slack-news'), delivery('member', 'slack-news')],
      );
      const [first, second] = await store().claimDueDeliveries(at(0), 10);
      await store().markSentAll([{ id: second!.id, at: at(5), ref: 'second' }]);
      await store().markSentAll([{ id: first!.id, at: at(9), ref: 'first' }]);
      expect(await store().storyAlertRef('lead', 'slack-news')).toBe('first');
    });
  });
}
