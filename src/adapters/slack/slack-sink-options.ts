/** Options shared by the Slack sinks. */

export interface SlackSinkOptions {
  /** IANA zone for the times shown in messages. */
  timeZone: string;
  /** For the webhook sink (tests pass their own); the bot sink sends through its WebClient. */
  fetch?: typeof fetch | undefined;
  /** Webhook request timeout; default 10 s. */
  timeoutMs?: number | undefined;
}

/**
 * chat.postMessage is in the "special" rate-limit tier: about one message per
 * second per channel, short bursts allowed (api.slack.com/apis/rate-limits);
 * incoming webhooks share that limit.
 */
export const SLACK_MIN_INTERVAL_MS = 1000;
