/** One sink per platform whose credentials are present in the environment. */
import type { Writable } from 'node:stream';
import { createConsoleSink } from '../adapters/console/console-sink.ts';
import { createDiscordRest, createDiscordSink } from '../adapters/discord/discord-sink.ts';
import { createDiscordWebhookSink } from '../adapters/discord/discord-webhook-sink.ts';
import { createSlackSink } from '../adapters/slack/slack-sink.ts';
import { createSlackWebClient } from '../adapters/slack/slack-web-client.ts';
import { createSlackWebhookSink } from '../adapters/slack/slack-webhook-sink.ts';
import type { ChannelSink } from '../app/ports.ts';
import type { EnvSettings } from '../config/env.ts';

export function createSinks(opts: { env: EnvSettings; timeZone: string; stdout: Writable }): Map<string, ChannelSink> {
  const { env, timeZone } = opts;
  const sinks: ChannelSink[] = [
    createConsoleSink(opts.stdout, timeZone),
    createSlackWebhookSink({ timeZone }),
    createDiscordWebhookSink({ timeZone, ...(env.discord.apiUrl ? { apiBase: env.discord.apiUrl } : {}) }),
  ];
  if (env.slack.botToken) {
    const client = createSlackWebClient(env.slack.botToken, env.slack.apiUrl ? { apiUrl: env.slack.apiUrl } : {});
    sinks.push(createSlackSink({ client, timeZone }));
  }
  if (env.discord.token) sinks.push(createDiscordSink({ rest: createDiscordRest(env.discord.token, env.discord.apiUrl), timeZone }));
  return new Map(sinks.map((s) => [s.platform, s]));
}
