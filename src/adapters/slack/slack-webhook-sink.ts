/**
 * The `slack-webhook` platform: posts to an incoming-webhook URL (the
 * channel's `address`). Webhooks cannot thread or return a message id, so
 * updates go out as ordinary messages that name their story, and `ref` is
 * undefined. The URL is a secret: it never appears in an error message.
 */
import type { ChannelSink, ChannelTarget } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';
import { formatSlack, slackDigestParts } from '../../core/format/slack/format-slack.ts';
import { parseRetryAfter } from '../feeds/retry-after.ts';
import { asSlackMessage, requireAddress } from './slack-payload.ts';
import { SLACK_MIN_INTERVAL_MS, type SlackSinkOptions } from './slack-sink-options.ts';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export function createSlackWebhookSink(opts: SlackSinkOptions): ChannelSink {
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return {
    platform: 'slack-webhook',
    minIntervalMs: SLACK_MIN_INTERVAL_MS,
    format: (message) => formatSlack(message, { timeZone: opts.timeZone }, { threaded: false }),
    formatDigest: (message) => slackDigestParts(message, { timeZone: opts.timeZone }),
    // replyTo is ignored: an incoming webhook cannot post into a thread.
    async send(channel, payload) {
      const { text, blocks } = asSlackMessage(payload, channel);
      const url = requireAddress(channel, 'incoming-webhook URL');
      let res: Response;
      let body: string;
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ text, blocks, unfurl_links: false, unfurl_media: false }),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = await res.text();
      } catch (err) {
        throw webhookNetworkError(err, channel);
      }
      if (res.ok) return {};
      throw webhookStatusError(res, body, channel);
    },
  };
}

const prefix = (channel: ChannelTarget) => `slack webhook for ${channel.name} failed`;

function webhookNetworkError(err: unknown, channel: ChannelTarget): DeliveryError {
  const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
  const reason = timedOut ? 'timed out' : err instanceof Error ? err.message : String(err);
  return new DeliveryError({ channel: channel.name, platform: channel.platform, retryable: true }, `${prefix(channel)}: ${reason}`, {
    cause: err,
  });
}

/**
 * Incoming webhooks answer errors as text (docs.slack.dev/messaging/sending-
 * messages-using-incoming-webhooks#handling-errors): invalid_payload,
 * invalid_token, no_service (webhook removed), channel_not_found,
 * channel_is_archived, action_prohibited … on 4xx, which sending again will
 * not fix; 429 carries Retry-After; 5xx (rollup_error) is Slack's trouble.
 */
function webhookStatusError(res: Response, body: string, channel: ChannelTarget): DeliveryError {
  const code = body.trim().slice(0, 200) || res.statusText;
  const details = { channel: channel.name, platform: channel.platform };
  const message = `${prefix(channel)}: HTTP ${res.status}${code ? ` ${code}` : ''}`;
  if (res.status === 429) {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), new Date());
    return new DeliveryError({ ...details, retryable: true, retryAfterMs }, message);
  }
  return new DeliveryError({ ...details, retryable: res.status >= 500 || res.status === 408 }, message);
}
