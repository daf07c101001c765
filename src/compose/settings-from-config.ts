/** The configuration file's feeds, topics and channels as runtime settings (the seed of a new database). */
import type { Config } from '../config/schema.ts';
import type { Settings } from '../core/settings.ts';

export function settingsFromConfig(config: Config): Settings {
  return {
    feeds: config.feeds.map((f) => ({ name: f.name, url: f.url, enabled: f.enabled, fetchArticle: f.fetchArticle })),
    topics: config.topics.map((t) => ({ name: t.name, keywords: [...t.keywords], exclude: [...t.exclude] })),
    channels: config.channels.map((c) => ({
      name: c.name,
      platform: c.platform,
      address: 'channel' in c ? c.channel : 'url' in c ? c.url : undefined,
      topics: [...c.topics],
      mode: c.mode,
      digest: { ...c.digest },
      ...(c.quietHours ? { quietHours: c.quietHours } : {}),
    })),
  };
}
