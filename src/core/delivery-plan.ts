/**
 * Turns routed (article, channel) pairs into deliveries, story-aware:
 * - a story new to a channel is an alert; another outlet's report of a story
 *   the channel already has is an update (threaded under the alert);
 * - digest channels hold a story once for their next digest and ignore its
 *   later reports (the digest shows all sources when it is built);
 * - an instant channel inside its quiet hours holds alerts and updates until
 *   the quiet hours end, then gets them as one digest;
 * - a report of a story alerted in the same cycle gets no update: the alert
 *   is formatted when it is sent, after the cycle, and lists it as a source.
 */
import type { PlannedDelivery } from './routing.ts';

export interface PlanChannel {
  name: string;
  mode: 'instant' | 'digest';
  /** End of the quiet hours this channel is in now, if it is. */
  quietUntil?: Date | undefined;
}

export interface StoryDelivery extends PlannedDelivery {
  kind: 'alert' | 'update';
  held?: { until: Date | null } | undefined;
}

/**
 * `storyOf`: article id → story id. `storyChannels`: story id → channels that
 * already have it; updated in place, so later articles of this cycle see the
 * earlier ones.
 */
export function planStoryDeliveries(
  planned: readonly PlannedDelivery[],
  channels: ReadonlyMap<string, PlanChannel>,
  storyOf: (articleId: string) => string,
  storyChannels: Map<string, Set<string>>,
  /** "story|channel" pairs alerted in this cycle; updated in place. */
  alertedThisCycle: Set<string> = new Set(),
): StoryDelivery[] {
  const out: StoryDelivery[] = [];
  for (const p of planned) {
    const channel = channels.get(p.channel);
    if (!channel) continue;
    const story = storyOf(p.articleId);
    let has = storyChannels.get(story);
    if (!has) storyChannels.set(story, (has = new Set()));
    const known = has.has(channel.name);
    has.add(channel.name);
    if (channel.mode === 'digest') {
      if (!known) out.push({ ...p, kind: 'alert', held: { until: null } });
      continue;
    }
    if (known && alertedThisCycle.has(`${story}|${channel.name}`)) continue;
    if (!known) alertedThisCycle.add(`${story}|${channel.name}`);
    const kind = known ? 'update' : 'alert';
    out.push(channel.quietUntil ? { ...p, kind, held: { until: channel.quietUntil } } : { ...p, kind });
  }
  return out;
}
