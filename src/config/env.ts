/**
 * The only place that reads process.env. Everything else receives these
 * values through the composition root.
 */
export interface EnvSettings {
  /** NEWS_ALERT_CONFIG: configuration file path. */
  configPath: string | undefined;
  /** NEWS_ALERT_DB: overrides `database` from the file. */
  database: string | undefined;
  /** LOG_LEVEL: pino level (trace, debug, info, warn, error, fatal, silent). */
  logLevel: string | undefined;
}

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvSettings {
  const get = (k: string) => (env[k] !== undefined && env[k] !== '' ? env[k] : undefined);
  return {
    configPath: get('NEWS_ALERT_CONFIG'),
    database: get('NEWS_ALERT_DB'),
    logLevel: get('LOG_LEVEL'),
  };
}
