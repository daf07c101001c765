/** The `console` platform: readable messages on standard output. */
import type { Writable } from 'node:stream';
import type { ChannelSink, ChannelTarget } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';
import { formatConsole } from '../../core/format/console.ts';
import type { OutboundMessage } from '../../core/message.ts';

export function createConsoleSink(out: Writable, timeZone: string): ChannelSink {
  return {
    platform: 'console',
    format: (message: OutboundMessage) => formatConsole(message, { timeZone }),
    async send(channel: ChannelTarget, payload: unknown) {
      await new Promise<void>((resolve, reject) => {
        out.write(`${String(payload)}\n\n`, (err) =>
          err
            ? reject(new DeliveryError({ channel: channel.name, platform: 'console', retryable: false }, `cannot write to stdout: ${err.message}`, { cause: err }))
            : resolve(),
        );
      });
      return {};
    },
  };
}
