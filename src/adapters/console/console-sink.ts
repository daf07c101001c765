/** The `console` platform: readable alerts on standard output. */
import type { Writable } from 'node:stream';
import type { ChannelSink, ChannelTarget, StoredArticle } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';
import { formatConsoleAlert } from '../../core/format/console-alert.ts';

export function createConsoleSink(out: Writable, timeZone: string): ChannelSink {
  return {
    platform: 'console',
    format(articles: StoredArticle[]): string {
      return articles.map((a) => formatConsoleAlert(a, timeZone)).join('\n\n');
    },
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
