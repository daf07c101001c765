/**
 * Errors carry the data needed to act on them and to log them (feed, URL,
 * status, channel). Adapters throw them; the application layer decides
 * whether to retry, back off or give up.
 */
export abstract class NewsAlertError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type FeedErrorReason =
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'too-large'
  | 'too-many-redirects'
  | 'not-a-feed'
  | 'parse';

/** A feed could not be fetched or parsed. */
export class FeedError extends NewsAlertError {
  readonly code = 'feed_error';
  readonly url: string;
  readonly reason: FeedErrorReason;
  readonly status: number | undefined;
  /** From Retry-After on 429/503: do not poll again before this many ms. */
  readonly retryAfterMs: number | undefined;

  constructor(
    details: { url: string; reason: FeedErrorReason; status?: number | undefined; retryAfterMs?: number | undefined },
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.url = details.url;
    this.reason = details.reason;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** A chat platform refused or failed a message. */
export class DeliveryError extends NewsAlertError {
  readonly code = 'delivery_error';
  readonly channel: string;
  readonly platform: string;
  /** False for errors that will not fix themselves (unknown channel, bad token). */
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(
    details: { channel: string; platform: string; retryable: boolean; retryAfterMs?: number | undefined },
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.channel = details.channel;
    this.platform = details.platform;
    this.retryable = details.retryable;
    this.retryAfterMs = details.retryAfterMs;
  }
}

export interface ConfigIssue {
  /** Key path such as `channels[0].topics[1]`; empty for the whole file. */
  path: string;
  message: string;
  line?: number | undefined;
}

/** The configuration file is missing, unreadable or invalid. CLI exit code 2. */
export class ConfigError extends NewsAlertError {
  readonly code = 'config_error';
  readonly file: string;
  readonly issues: ConfigIssue[];

  constructor(file: string, issues: ConfigIssue[]) {
    super(ConfigError.render(file, issues));
    this.file = file;
    this.issues = issues;
  }

  static render(file: string, issues: ConfigIssue[]): string {
    const lines = issues.map((i) => {
      const where = [i.line !== undefined ? `line ${i.line}` : '', i.path].filter(Boolean).join(', ');
      return `  - ${where ? `${where}: ` : ''}${i.message}`;
    });
    return `${file}: invalid configuration\n${lines.join('\n')}`;
  }
}

/** Bad command-line usage. CLI exit code 2. */
export class UsageError extends NewsAlertError {
  readonly code = 'usage_error';
}
