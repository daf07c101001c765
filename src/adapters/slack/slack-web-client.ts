/**
 * The WebClient the Slack sink expects: it never sleeps or retries by itself
 * (rejectRateLimitedCalls, retries 0), so a 429 or 5xx reaches the sink as an
 * error and the delivery queue reschedules the message; and it gives up after
 * a timeout (the client's default is none, which can hang a send forever).
 */
import { LogLevel, WebClient, type WebClientOptions } from '@slack/web-api';

export interface SlackWebClientOptions {
  /** Base url of the Web API, ending in `/` (tests point it at a fake); default https://slack.com/api/. */
  apiUrl?: string | undefined;
  timeoutMs?: number | undefined;
  fetch?: typeof fetch | undefined;
}

export const SLACK_TIMEOUT_MS = 10_000;

export function createSlackWebClient(token: string, options: SlackWebClientOptions = {}): WebClient {
  return new WebClient(token, slackWebClientOptions(options));
}

/** The options behind createSlackWebClient, for clients built by others (Bolt's `clientOptions`). */
export function slackWebClientOptions(options: SlackWebClientOptions = {}): WebClientOptions {
  return {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: options.timeoutMs ?? SLACK_TIMEOUT_MS,
    // Failures surface as DeliveryError and are logged by the caller; the client's own console logging would repeat them.
    logLevel: LogLevel.ERROR,
  };
}
