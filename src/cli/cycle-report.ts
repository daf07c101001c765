/** Renders a cycle's result as the documented `once --json` document and as a short human summary. */
import type { OnceResult } from '../compose/preview.ts';
import type { StoryView } from '../core/message.ts';
import { formatIsoInZone } from '../core/time/format.ts';

export function onceJson(r: OnceResult, timeZone: string, stories: Map<string, StoryView>) {
  const heldBack = new Set(r.cycle.heldBack.map((d) => d.articleId));
  const delivered = new Set(r.cycle.deliveries.map((d) => d.articleId));
  return {
    feeds: r.cycle.feeds.map((o) => {
      if (o.ok === undefined) {
        const s = o.nextState;
        return {
          name: o.feed.name,
          ok: false,
          error: `not polled: backing off after ${s.consecutiveFailures} failure(s) until ${s.nextPollAt?.toISOString()} (last error: ${s.lastError ?? 'unknown'})`,
          items: 0,
          notModified: false,
          skipped: true,
        };
      }
      return { name: o.feed.name, ok: o.ok, ...(o.error ? { error: o.error } : {}), items: o.items, notModified: o.notModified };
    }),
    articles: r.cycle.matched.map((a) => ({
      id: a.id,
      feed: a.feed,
      title: a.title,
      url: a.url ?? null,
      published: formatIsoInZone(a.published, timeZone),
      topics: a.topics,
      keywords: a.keywords,
      heldBack: heldBack.has(a.id) && !delivered.has(a.id),
    })),
    stories: [...r.cycle.stories].flatMap((id) => {
      const s = stories.get(id);
      if (!s) return [];
      const lead = { feed: s.feed, title: s.title, url: s.url ?? null };
      return [
        {
          id: s.id,
          title: s.title,
          url: s.url ?? null,
          topics: s.topics,
          facts: s.facts,
          sources: [lead, ...s.otherSources.map((o) => ({ feed: o.feed, title: o.title, url: o.url ?? null }))],
        },
      ];
    }),
    messages: r.messages.map((m) => ({ channel: m.channel, platform: m.platform, articles: m.articles, payload: m.payload })),
  };
}

export function onceSummary(r: OnceResult, dryRun: boolean): string {
  const polled = r.cycle.feeds.filter((o) => o.ok !== undefined);
  const failed = polled.filter((o) => o.ok === false);
  const skipped = r.cycle.feeds.length - polled.length;
  const parts = [
    `${polled.length} feed(s) polled${failed.length ? `, ${failed.length} failed` : ''}${skipped ? `, ${skipped} backing off` : ''}`,
    `${r.cycle.newArticles} new article(s), ${r.cycle.matched.length} matched in ${r.cycle.stories.size} stor${r.cycle.stories.size === 1 ? 'y' : 'ies'}`,
    `${r.messages.length} message(s) ${dryRun ? 'would be sent' : 'sent'}`,
  ];
  if (r.cycle.heldBack.length) parts.push(`${r.cycle.heldBack.length} held back (first poll)`);
  const lines = [parts.join('; ')];
  for (const f of failed) lines.push(`  ✗ ${f.feed.name}: ${f.error}`);
  return lines.join('\n');
}
