/** What a dry run would send: the planned alerts and updates, formatted, nothing sent. */
import type { DeliverDeps, DeliverResult } from '../app/deliver.ts';
import type { OutgoingMessage } from '../app/ports.ts';
import type { CycleResult } from '../app/run-cycle.ts';
import { loadStoryViews, sourceOf } from '../app/story-view.ts';
import type { OutboundMessage } from '../core/message.ts';

export interface OnceResult {
  cycle: CycleResult;
  /** What was sent, or with dryRun what would be sent. */
  messages: OutgoingMessage[];
  delivery?: DeliverResult | undefined;
}

export async function previewMessages(cycle: CycleResult, deps: DeliverDeps): Promise<OutgoingMessage[]> {
  const preview = cycle.preview ?? new Map();
  const views = await loadStoryViews(deps.store, [...cycle.stories], preview.values());
  const out: OutgoingMessage[] = [];
  for (const d of cycle.deliveries) {
    if (d.held) continue; // held for a digest: nothing is sent now
    const channel = deps.channels.get(d.channel);
    const sink = channel ? deps.sinks.get(channel.platform) : undefined;
    const article = preview.get(d.articleId);
    const story = article ? views.get(article.storyId ?? article.id) : undefined;
    if (!channel || !sink || !article || !story) continue;
    const message: OutboundMessage = d.kind === 'update' ? { kind: 'update', story, source: sourceOf(article) } : { kind: 'alert', story };
    for (const payload of sink.format(message, channel)) out.push({ channel: d.channel, platform: d.platform, articles: [d.articleId], payload });
  }
  return out;
}
