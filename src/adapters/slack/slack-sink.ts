/**
 * The `slack` platform: a bot posts with chat.postMessage, replies (updates)
 * go into the alert's thread, and the message `ts` is returned as the ref to
 * reply to later. The WebClient must not retry or sleep on its own: build it
 * with createSlackWebClient (slack-web-client.ts).
 */
import type { WebClient } from '@slack/web-api';
import type { ChannelSink } from '../../app/ports.ts';
import { formatSlack, slackDigestParts } from '../../core/format/slack/format-slack.ts';
import { slackDeliveryError } from './slack-errors.ts';
import { asSlackMessage, requireAddress } from './slack-payload.ts';
import { SLACK_MIN_INTERVAL_MS, type SlackSinkOptions } from './slack-sink-options.ts';

export { createSlackWebClient } from './slack-web-client.ts';
export { createSlackWebhookSink } from './slack-webhook-sink.ts';
export type { SlackSinkOptions } from './slack-sink-options.ts';

export function createSlackSink(opts: SlackSinkOptions & { client: WebClient }): ChannelSink {
  const { client, timeZone } = opts;
  return {
    platform: 'slack',
    minIntervalMs: SLACK_MIN_INTERVAL_MS,
    format: (message) => formatSlack(message, { timeZone }),
    formatDigest: (message) => slackDigestParts(message, { timeZone }),
    async send(channel, payload, options) {
      const { text, blocks } = asSlackMessage(payload, channel);
      const address = requireAddress(channel, 'Slack channel id');
      try {
        const result = await client.chat.postMessage({
          channel: address,
          text,
          blocks,
          // One preview per article would bury the alerts.
          unfurl_links: false,
          unfurl_media: false,
          ...(options?.replyTo ? { thread_ts: options.replyTo } : {}),
        });
        return { ref: result.ts };
      } catch (err) {
        throw slackDeliveryError(err, channel);
      }
    },
  };
}
