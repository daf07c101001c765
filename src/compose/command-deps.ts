/** The platform-neutral /news command logic's dependencies, built on the app. */
import type { CommandDeps } from '../app/commands/execute-command.ts';
import { loadStoryViews } from '../app/story-view.ts';
import { formatLocal } from '../core/time/format.ts';
import type { App } from './app.ts';

const DAY_MS = 86_400_000;
/** Stories considered by one search (newest first); older matches are not paginated to. */
const SEARCH_WINDOW = 1000;

export function createCommandDeps(app: App): CommandDeps {
  const tz = app.config.timezone;
  return {
    settings: app.settings,
    async searchStories(query, since, limit, offset) {
      const found = await app.store.searchArticles({ text: query, since, limit: SEARCH_WINDOW });
      const order: string[] = [];
      for (const a of found) {
        const id = a.storyId ?? a.id;
        if (!order.includes(id)) order.push(id);
      }
      const page = order.slice(offset, offset + limit);
      const views = await loadStoryViews(app.store, page);
      return { total: order.length, stories: page.flatMap((id) => views.get(id) ?? []) };
    },
    async checkFeed(url) {
      try {
        const r = await app.source.fetch({ name: url, url });
        if (r.kind === 'not-modified') return { ok: true, title: undefined, items: 0 };
        const items = r.kind === 'ok' ? r.entries.length : r.items;
        if (items === 0) return { ok: false, reason: 'the feed has no items' };
        return { ok: true, title: r.title, items };
      } catch (err) {
        return { ok: false, reason: err instanceof Error ? err.message : String(err) };
      }
    },
    async digestNow(channel) {
      const run = await app.digest(channel, { reason: 'manual', recentMs: DAY_MS });
      return run.skipped ? `다이제스트를 보내지 않았습니다: ${run.skipped}` : `다이제스트를 보냈습니다 (${run.stories}개 소식)`;
    },
    async status() {
      const states = new Map((await app.store.listFeedStates()).map((s) => [s.url, s]));
      const settings = await app.settings.current();
      return settings.feeds.map((f) => {
        const s = states.get(f.url);
        if (!f.enabled) return `${f.name}: 꺼짐`;
        if (!s?.lastStatus) return `${f.name}: 아직 가져오지 않음`;
        const when = s.lastFetchAt ? formatLocal(s.lastFetchAt, tz) : '—';
        if (s.lastStatus === 'error') {
          const next = s.nextPollAt ? `, 다음 시도 ${formatLocal(s.nextPollAt, tz)}` : '';
          return `${f.name}: 오류 ${s.consecutiveFailures}회 (${s.lastError ?? ''})${next}`;
        }
        return `${f.name}: 정상 · ${when}${s.lastItemCount !== undefined ? ` · ${s.lastItemCount}건` : ''}`;
      });
    },
    now: () => app.clock.now(),
  };
}
