/**
 * What a channel is told, independent of the platform. Formatters turn these
 * into console text, Slack Block Kit or Discord embeds (src/core/format/*),
 * each within its platform's limits.
 */
import type { Fact } from './facts/fact.ts';

/** One outlet's report of a story. */
export interface SourceRef {
  feed: string;
  title: string;
  url: string | undefined;
  published: Date;
}

/** A story as shown in an alert or a digest: its lead article plus what we know. */
export interface StoryView {
  id: string;
  title: string;
  url: string | undefined;
  /** Outlet (feed name) of the lead article. */
  feed: string;
  published: Date;
  topics: string[];
  /** Matched terms as written in the article (엔비디아, GPU …): why this alert. */
  keywords: string[];
  /** Headline facts, best first (at most 3 are shown). */
  facts: Fact[];
  /** The other outlets that reported the same story, oldest first. */
  otherSources: SourceRef[];
}

export interface AlertMessage {
  kind: 'alert';
  story: StoryView;
}

/** A later outlet reported a story that was already alerted: threaded under the alert where the platform can. */
export interface UpdateMessage {
  kind: 'update';
  story: StoryView;
  source: SourceRef;
}

export interface DigestSection {
  topic: string;
  stories: StoryView[];
}

export interface DigestMessage {
  kind: 'digest';
  /** Start of the period the digest covers (undefined: everything held). */
  since: Date | undefined;
  until: Date;
  sections: DigestSection[];
  /** Stories left out by `maxStories`. */
  more: number;
  /** Why it was sent: on schedule, or as the end of quiet hours. */
  reason: 'schedule' | 'quiet-hours' | 'manual';
}

export type OutboundMessage = AlertMessage | UpdateMessage | DigestMessage;

/** Rendering context every formatter gets. */
export interface FormatContext {
  timeZone: string;
}
