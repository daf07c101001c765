/**
 * Slack failures as DeliveryError, with `retryable` saying whether sending
 * the same message later can succeed. Expects a WebClient that rejects
 * rate-limited calls and does not retry on its own (slack-web-client.ts),
 * so the delivery queue, not the client, decides when to try again.
 */
import { ErrorCode, SlackError, type WebAPICallError } from '@slack/web-api';
import type { ChannelTarget } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';

/**
 * chat.postMessage errors that will not fix themselves (api.slack.com/methods/
 * chat.postMessage#errors): the bot is not in the channel, the token is bad
 * or lacks a scope, the channel is gone or archived, the message is refused
 * as built. Any other platform error (internal_error, fatal_error,
 * service_unavailable, request_timeout, ratelimited, and codes Slack adds
 * later) is treated as retryable: the delivery queue caps attempts, so an
 * unknown permanent error costs a few tries while a transient one is not lost.
 */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'restricted_action',
  'not_allowed_token_type',
  'msg_too_long',
  'msg_blocks_too_long',
  'invalid_blocks',
  'invalid_blocks_format',
  'no_text',
  'invalid_arguments',
]);

/** Who and where, for messages: `#alerts (C123)`. */
export function describeTarget(channel: ChannelTarget): string {
  return channel.address && /^[A-Z0-9]+$/.test(channel.address) ? `${channel.name} (${channel.address})` : channel.name;
}

export function slackDeliveryError(err: unknown, channel: ChannelTarget): DeliveryError {
  const details = { channel: channel.name, platform: channel.platform };
  const prefix = `slack chat.postMessage to ${describeTarget(channel)} failed`;
  if (!(err instanceof SlackError)) {
    // Not from the client's own error set: a 429 without a usable Retry-After
    // header (the client throws a plain Error), or a bug. Worth another try.
    const reason = err instanceof Error ? err.message : String(err);
    return new DeliveryError({ ...details, retryable: true }, `${prefix}: ${reason}`, { cause: err });
  }
  const e = err as WebAPICallError;
  switch (e.code) {
    case ErrorCode.RateLimitedError:
      return new DeliveryError(
        { ...details, retryable: true, retryAfterMs: e.retryAfter * 1000 },
        `${prefix}: rate limited, retry after ${e.retryAfter} s`,
        { cause: err },
      );
    case ErrorCode.PlatformError: {
      const code = e.data.error;
      return new DeliveryError({ ...details, retryable: !PERMANENT_SLACK_ERRORS.has(code) }, `${prefix}: ${code}`, { cause: err });
    }
    case ErrorCode.HTTPError:
      // The Web API answers 200 or 429; anything else comes from Slack's edge or a proxy.
      return new DeliveryError(
        { ...details, retryable: e.statusCode >= 500 || e.statusCode === 408 },
        `${prefix}: HTTP ${e.statusCode} ${e.statusMessage}`.trimEnd(),
        { cause: err },
      );
    case ErrorCode.RequestError:
      // Network failure or the client's timeout.
      return new DeliveryError({ ...details, retryable: true }, `${prefix}: ${e.original.message}`, { cause: err });
    default:
      return new DeliveryError({ ...details, retryable: false }, `${prefix}: ${err.message}`, { cause: err });
  }
}
