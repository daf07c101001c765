/**
 * Slack Block Kit for every outbound message kind. Pure: the Slack sinks
 * (src/adapters/slack) send what this returns, one chat.postMessage each.
 */
import type { FormatContext, OutboundMessage } from '../../message.ts';
import { formatSlackAlert } from './alert.ts';
import type { SlackMessage } from './blocks.ts';
import { formatSlackDigest } from './digest.ts';
import { formatSlackUpdate } from './update.ts';

export type { SlackBlock, SlackMessage } from './blocks.ts';
export { slackDigestParts, type SlackDigestPart } from './digest.ts';
export { OPEN_ARTICLE_ACTION_ID } from './blocks.ts';

export interface SlackFormatOptions {
  /** False where replies cannot be threaded (incoming webhooks): updates then name the story they belong to. */
  threaded?: boolean;
}

/** The messages to post, in order: one for an alert or update, one or more for a digest. */
export function formatSlack(message: OutboundMessage, ctx: FormatContext, options: SlackFormatOptions = {}): SlackMessage[] {
  switch (message.kind) {
    case 'alert':
      return [formatSlackAlert(message, ctx)];
    case 'update':
      return [formatSlackUpdate(message, ctx, options.threaded ?? true)];
    case 'digest':
      return formatSlackDigest(message, ctx);
  }
}
