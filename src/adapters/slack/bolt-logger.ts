/**
 * Bolt's Logger interface on top of ours, so Bolt's and the Web API client's
 * messages (signature failures, socket reconnects) land in the same
 * structured log. Bolt logs variadic values; they are joined into the message.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function boltLogger(logger: Logger): BoltLogger {
  // Our logger filters by its own level; this one only answers Bolt's getLevel().
  let level = LogLevel.INFO;
  let name = 'slack';
  const line = (msg: unknown[]) => msg.map(describe).join(' ');
  return {
    debug: (...msg: unknown[]) => logger.debug({ component: name }, line(msg)),
    info: (...msg: unknown[]) => logger.info({ component: name }, line(msg)),
    warn: (...msg: unknown[]) => logger.warn({ component: name }, line(msg)),
    error: (...msg: unknown[]) => logger.error({ component: name }, line(msg)),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: (n: string) => void (name = n),
  };
}
