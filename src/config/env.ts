/**
 * The only place that reads process.env. Everything else receives these
 * values through the composition root. Secrets (tokens) come only from here,
 * never from the YAML file.
 */
export interface EnvSettings {
  /** NEWS_ALERT_CONFIG: configuration file path. */
  configPath: string | undefined;
  /** NEWS_ALERT_DB: overrides `database` from the file. */
  database: string | undefined;
  /** LOG_LEVEL: pino level (trace, debug, info, warn, error, fatal, silent). */
  logLevel: string | undefined;
  /** PORT: overrides `server.port`. */
  port: number | undefined;
  slack: {
    /** SLACK_BOT_TOKEN (xoxb-…): posts messages and answers commands. */
    botToken: string | undefined;
    /** SLACK_SIGNING_SECRET: verifies slash-command requests in HTTP mode. */
    signingSecret: string | undefined;
    /** SLACK_APP_TOKEN (xapp-…): Socket Mode, no public URL needed. */
    appToken: string | undefined;
    /** SLACK_API_URL: Web API base URL (tests point it at 127.0.0.1). */
    apiUrl: string | undefined;
  };
  discord: {
    /** DISCORD_TOKEN: the bot token. */
    token: string | undefined;
    /** DISCORD_APPLICATION_ID: needed to register slash commands. */
    applicationId: string | undefined;
    /** DISCORD_API_URL: REST base (tests point it at 127.0.0.1), e.g. http://127.0.0.1:PORT/api */
    apiUrl: string | undefined;
  };
}

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvSettings {
  const get = (k: string) => (env[k] !== undefined && env[k] !== '' ? env[k] : undefined);
  const port = get('PORT');
  return {
    configPath: get('NEWS_ALERT_CONFIG'),
    database: get('NEWS_ALERT_DB'),
    logLevel: get('LOG_LEVEL'),
    port: port !== undefined && /^\d+$/.test(port) ? Number(port) : undefined,
    slack: {
      botToken: get('SLACK_BOT_TOKEN'),
      signingSecret: get('SLACK_SIGNING_SECRET'),
      appToken: get('SLACK_APP_TOKEN'),
      apiUrl: get('SLACK_API_URL'),
    },
    discord: {
      token: get('DISCORD_TOKEN'),
      applicationId: get('DISCORD_APPLICATION_ID'),
      apiUrl: get('DISCORD_API_URL'),
    },
  };
}
