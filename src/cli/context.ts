/** What every command needs: the resolved configuration, a logger and the output streams. */
import type { Writable } from 'node:stream';
import { createLogger } from '../adapters/log/logger.ts';
import type { Logger } from '../app/ports.ts';
import { DEFAULT_CONFIG_PATH, type EnvSettings } from '../config/env.ts';
import { loadConfigFile } from '../config/load.ts';
import { missingSecrets } from '../config/secrets.ts';
import { ConfigError } from '../core/errors.ts';
import type { Config } from '../config/schema.ts';
import type { ParsedArgs } from './args.ts';

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export interface CommandContext {
  args: ParsedArgs;
  env: EnvSettings;
  io: Io;
  configPath: string;
  /** Loads and validates the configuration (throws ConfigError), applying --db / NEWS_ALERT_DB. */
  loadConfig(opts?: { checkSecrets?: boolean }): Config;
  logger: Logger;
}

export function createContext(args: ParsedArgs, env: EnvSettings, io: Io): CommandContext {
  const configPath = args.values.config ?? env.configPath ?? DEFAULT_CONFIG_PATH;
  return {
    args,
    env,
    io,
    configPath,
    loadConfig(opts = {}) {
      const config = loadConfigFile(configPath);
      const missing = opts.checkSecrets === false ? [] : missingSecrets(config.channels, env);
      if (missing.length > 0) throw new ConfigError(configPath, missing);
      const database = args.values.db ?? env.database;
      return database ? { ...config, database } : config;
    },
    logger: createLogger(env.logLevel ?? 'info'),
  };
}

export function writeLine(out: Writable, text = ''): void {
  out.write(`${text}\n`);
}

export function writeJson(out: Writable, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
