import type { ChannelSink, ChannelTarget, DigestPayload, SendOptions } from '../../src/app/ports.ts';
import type { DigestMessage, OutboundMessage } from '../../src/core/message.ts';

export interface RecordedSend {
  channel: string;
  payload: string;
  replyTo: string | undefined;
  ref: string;
}

/**
 * A chat platform that records what it is sent and can be told to fail.
 * Payloads are one line describing the message: "alert: <title> [+N]",
 * "update: <source title>", "digest(<reason>): <titles>". With
 * `digestPerStory` set, a digest is one message per story, "digest(<reason>)
 * k/n: <title>", as a long Slack or Discord digest is several.
 */
export class RecordingSink implements ChannelSink {
  readonly sent: RecordedSend[] = [];
  /** Outcomes of the next sends, in order: an error to throw, or null to succeed. */
  private failures: (Error | null)[] = [];
  /** Send a digest as one message per story. */
  digestPerStory = false;
  constructor(readonly platform = 'console') {}

  /** The next sends throw these errors, in order. */
  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  /** The next `count` sends succeed, and the one after them throws `error`. */
  failAfter(count: number, error: Error): void {
    this.failures.push(...Array.from({ length: count }, () => null), error);
  }

  format(message: OutboundMessage): string[] {
    switch (message.kind) {
      case 'alert':
        return [message.story.otherSources.length ? `${message.story.title} [+${message.story.otherSources.length}]` : message.story.title];
      case 'update':
        return [`update: ${message.source.title}`];
      case 'digest':
        return this.formatDigest(message).map((p) => String(p.payload));
    }
  }

  formatDigest(message: DigestMessage): DigestPayload[] {
    const stories = message.sections.flatMap((s) => s.stories);
    if (this.digestPerStory) {
      return stories.map((x, i) => ({ payload: `digest(${message.reason}) ${i + 1}/${stories.length}: ${x.title}`, stories: [x.id] }));
    }
    return [
      {
        payload: `digest(${message.reason}): ${message.sections.flatMap((s) => s.stories.map((x) => x.title)).join(' | ')}${message.more ? ` +${message.more}` : ''}`,
        stories: stories.map((x) => x.id),
      },
    ];
  }

  async send(channel: ChannelTarget, payload: unknown, options?: SendOptions) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const ref = `msg-${this.sent.length + 1}`;
    this.sent.push({ channel: channel.name, payload: String(payload), replyTo: options?.replyTo, ref });
    return { ref };
  }

  payloads(channel?: string): string[] {
    return this.sent.filter((s) => channel === undefined || s.channel === channel).map((s) => s.payload);
  }
}
