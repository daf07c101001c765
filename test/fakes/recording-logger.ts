import type { Logger } from '../../src/app/ports.ts';

export interface LogRecord {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string | undefined;
}

/** Keeps every log call, so tests can assert that failures are reported with their data. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  debug(obj: object, msg?: string) {
    this.records.push({ level: 'debug', obj: obj as Record<string, unknown>, msg });
  }
  info(obj: object, msg?: string) {
    this.records.push({ level: 'info', obj: obj as Record<string, unknown>, msg });
  }
  warn(obj: object, msg?: string) {
    this.records.push({ level: 'warn', obj: obj as Record<string, unknown>, msg });
  }
  error(obj: object, msg?: string) {
    this.records.push({ level: 'error', obj: obj as Record<string, unknown>, msg });
  }
  at(level: LogRecord['level']): LogRecord[] {
    return this.records.filter((r) => r.level === level);
  }
}
