/** Structured JSON logs on standard error (stdout is kept for alerts and --json output). */
import pino from 'pino';
import type { Logger } from '../../app/ports.ts';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export function createLogger(level: string = 'info'): Logger & { flush(): void } {
  return pino({ level, base: { app: 'news-alert' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ fd: 2, sync: true }));
}
