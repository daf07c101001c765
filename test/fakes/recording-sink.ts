import type { ChannelSink, ChannelTarget } from '../../src/app/ports.ts';
import type { OutboundMessage } from '../../src/core/message.ts';

/** A chat platform that records what it is sent and can be told to fail. */
export class RecordingSink implements ChannelSink {
  readonly sent: { channel: string; payload: string }[] = [];
  private failures: Error[] = [];
  constructor(readonly platform = 'console') {}

  /** The next sends throw these errors, in order. */
  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  format(message: OutboundMessage): string[] {
    if (message.kind === 'digest') return [message.sections.flatMap((s) => s.stories.map((x) => x.title)).join('\n')];
    return [message.kind === 'update' ? `update: ${message.source.title}` : message.story.title];
  }

  async send(channel: ChannelTarget, payload: unknown) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ channel: channel.name, payload: String(payload) });
    return { ref: `msg-${this.sent.length}` };
  }
}
