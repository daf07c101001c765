/**
 * Store methods that read stories: matched articles grouped by story_id (the
 * id of the story's first article), and the deliveries of their articles.
 * Lists of story ids are bound as one JSON array (json_each), so every
 * statement is prepared once.
 */
import type Database from 'better-sqlite3';
import type { Store } from '../../../app/ports.ts';
import { articleFromRow, toMs, type ArticleRow } from './rows.ts';
import { ARTICLE_COLUMNS } from './statements.ts';

type StoryMethods = Pick<Store, 'recentStoryArticles' | 'recentArticleRefs' | 'storyArticles' | 'storyChannels' | 'storyAlertRef'>;

/** Oldest first; id last so the order never depends on the plan. */
const OLDEST_FIRST = 'ORDER BY published, first_seen_at, id';

export function storyQueries(db: Database.Database): StoryMethods {
  /** Arg: first seen since (ms). Whole stories: an old lead comes with its new member. */
  const recent = db.prepare<[number], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles
     WHERE story_id IN (SELECT story_id FROM articles WHERE first_seen_at >= ?)
     ${OLDEST_FIRST}`,
  );
  /** Arg: first seen since (ms). Ids only: cheap enough to ask every cycle. */
  const refs = db.prepare<[number], { id: string; story_id: string | null }>(
    'SELECT id, story_id FROM articles WHERE first_seen_at >= ? ORDER BY first_seen_at, id',
  );
  /** Arg: JSON array of story ids. */
  const members = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles
     WHERE story_id IN (SELECT value FROM json_each(?))
     ${OLDEST_FIRST}`,
  );
  /** Arg: JSON array of story ids. A failed delivery did not reach the channel. */
  const channels = db.prepare<[string], { story_id: string; channel: string }>(
    `SELECT DISTINCT a.story_id, d.channel
     FROM articles AS a JOIN deliveries AS d ON d.article_id = a.id
     WHERE a.story_id IN (SELECT value FROM json_each(?)) AND d.status <> 'failed'
     ORDER BY a.story_id, d.channel`,
  );
  /**
   * The latest sent alert that has a reference to reply to. CROSS JOIN keeps
   * articles outer (https://www.sqlite.org/optoverview.html#crossjoin): left
   * to itself the planner walks every sent delivery by deliveries_due.
   */
  const alertRef = db
    .prepare<[{ story_id: string; channel: string }], string>(
      `SELECT d.ref
       FROM articles AS a CROSS JOIN deliveries AS d ON d.article_id = a.id
       WHERE a.story_id = @story_id AND d.channel = @channel
         AND d.kind = 'alert' AND d.status = 'sent' AND d.ref IS NOT NULL
       ORDER BY d.sent_at DESC, d.id DESC
       LIMIT 1`,
    )
    .pluck();

  return {
    async recentStoryArticles(since) {
      return recent.all(toMs(since, 'since')).map(articleFromRow);
    },

    async recentArticleRefs(since) {
      return refs.all(toMs(since, 'since')).map((r) => ({ id: r.id, storyId: r.story_id ?? r.id }));
    },

    async storyArticles(storyIds) {
      if (storyIds.length === 0) return [];
      return members.all(JSON.stringify(storyIds)).map(articleFromRow);
    },

    /** Stories with no delivery but a failed one are left out of the map. */
    async storyChannels(storyIds) {
      const byStory = new Map<string, Set<string>>();
      if (storyIds.length === 0) return byStory;
      for (const row of channels.all(JSON.stringify(storyIds))) {
        let set = byStory.get(row.story_id);
        if (set === undefined) byStory.set(row.story_id, (set = new Set()));
        set.add(row.channel);
      }
      return byStory;
    },

    async storyAlertRef(storyId, channel) {
      return alertRef.get({ story_id: storyId, channel }) ?? undefined;
    },
  };
}
