import type { ChannelSink, ChannelTarget, StoredArticle } from '../../src/app/ports.ts';

/** A chat platform that records what it is sent and can be told to fail. */
export class RecordingSink implements ChannelSink {
  readonly sent: { channel: string; payload: string }[] = [];
  private failures: Error[] = [];
  constructor(readonly platform = 'console') {}

  /** The next sends throw these errors, in order. */
  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  format(articles: StoredArticle[]): string {
    return articles.map((a) => a.title).join('\n');
  }

  async send(channel: ChannelTarget, payload: unknown) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ channel: channel.name, payload: String(payload) });
    return { ref: `msg-${this.sent.length}` };
  }
}
