/**
 * Sinks per platform, created on first need. The Slack and Discord SDKs are
 * loaded only when a channel uses them (together they add ~50 MB to the
 * process), so a console-only bot stays small.
 */
import type { Writable } from 'node:stream';
import { createConsoleSink } from '../adapters/console/console-sink.ts';
import type { ChannelSink } from '../app/ports.ts';
import type { EnvSettings } from '../config/env.ts';

export interface SinkFactory {
  /** Sinks for these platforms (those that can be made: a bot platform needs its token). */
  forPlatforms(platforms: Iterable<string>): Promise<Map<string, ChannelSink>>;
}

async function createSink(platform: string, env: EnvSettings, timeZone: string): Promise<ChannelSink | undefined> {
  switch (platform) {
    case 'slack': {
      if (!env.slack.botToken) return undefined;
      const [{ createSlackSink }, { createSlackWebClient }] = await Promise.all([
        import('../adapters/slack/slack-sink.ts'),
        import('../adapters/slack/slack-web-client.ts'),
      ]);
      return createSlackSink({ client: createSlackWebClient(env.slack.botToken, env.slack.apiUrl ? { apiUrl: env.slack.apiUrl } : {}), timeZone });
    }
    case 'slack-webhook': {
      const { createSlackWebhookSink } = await import('../adapters/slack/slack-webhook-sink.ts');
      return createSlackWebhookSink({ timeZone });
    }
    case 'discord': {
      if (!env.discord.token) return undefined;
      const { createDiscordRest, createDiscordSink } = await import('../adapters/discord/discord-sink.ts');
      return createDiscordSink({ rest: createDiscordRest(env.discord.token, env.discord.apiUrl), timeZone });
    }
    case 'discord-webhook': {
      const { createDiscordWebhookSink } = await import('../adapters/discord/discord-webhook-sink.ts');
      return createDiscordWebhookSink({ timeZone, ...(env.discord.apiUrl ? { apiBase: env.discord.apiUrl } : {}) });
    }
    default:
      return undefined;
  }
}

export function createSinkFactory(opts: { env: EnvSettings; timeZone: string; stdout: Writable }): SinkFactory {
  const made = new Map<string, Promise<ChannelSink | undefined>>([['console', Promise.resolve(createConsoleSink(opts.stdout, opts.timeZone))]]);
  return {
    async forPlatforms(platforms) {
      const out = new Map<string, ChannelSink>();
      for (const p of new Set(platforms)) {
        let sink = made.get(p);
        if (!sink) made.set(p, (sink = createSink(p, opts.env, opts.timeZone)));
        const s = await sink;
        if (s) out.set(p, s);
      }
      return out;
    },
  };
}

/** A factory that hands out fixed sinks (tests). */
export function fixedSinks(sinks: ReadonlyMap<string, ChannelSink>): SinkFactory {
  return { forPlatforms: async () => new Map(sinks) };
}
