/**
 * Which channels get which new articles, and the first-poll backfill rule:
 * a feed's first successful poll delivers at most `maxItems` matched articles
 * per channel (newest first), none older than `maxAge`; the rest are only
 * recorded as seen. Without it, adding a feed floods channels with its
 * back catalogue (MonitoRSS delivers nothing on a first poll for the same reason).
 */
import type { MatchedArticle } from './article.ts';

export interface RouteChannel {
  name: string;
  platform: string;
  topics: readonly string[];
}

export interface Backfill {
  maxItems: number;
  maxAgeMs: number;
}

export interface PlannedDelivery {
  articleId: string;
  channel: string;
  platform: string;
}

export interface RoutingPlan {
  deliveries: PlannedDelivery[];
  /** (article, channel) pairs held back by the backfill rule. */
  heldBack: PlannedDelivery[];
}

/**
 * `firstPollFeeds`: URLs of feeds that had never been polled successfully
 * before this cycle. Articles are attributed to the feed they came from.
 */
export function routeArticles(
  articles: readonly MatchedArticle[],
  channels: readonly RouteChannel[],
  firstPollFeeds: ReadonlySet<string>,
  backfill: Backfill,
  now: Date,
): RoutingPlan {
  const deliveries: PlannedDelivery[] = [];
  const heldBack: PlannedDelivery[] = [];
  for (const channel of channels) {
    const wanted = new Set(channel.topics);
    const routed = articles.filter((a) => a.topics.some((t) => wanted.has(t)));
    const pair = (a: MatchedArticle): PlannedDelivery => ({ articleId: a.id, channel: channel.name, platform: channel.platform });

    const firstPoll = routed
      .filter((a) => firstPollFeeds.has(a.feedUrl))
      .sort((a, b) => b.published.getTime() - a.published.getTime());
    const oldest = now.getTime() - backfill.maxAgeMs;
    const allowed = new Set(
      firstPoll.filter((a) => a.published.getTime() >= oldest).slice(0, backfill.maxItems).map((a) => a.id),
    );

    // Keep the caller's order (oldest first reads naturally in a channel).
    for (const a of routed) {
      if (!firstPollFeeds.has(a.feedUrl) || allowed.has(a.id)) deliveries.push(pair(a));
      else heldBack.push(pair(a));
    }
  }
  return { deliveries, heldBack };
}
