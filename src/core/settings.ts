/**
 * The settings people change at run time (feeds, topics, channel
 * subscriptions). The YAML file seeds them into a new database; after that
 * the database holds them, chat commands change them, and every cycle reads
 * them. Pure edits: each returns new settings or a reason it cannot.
 */

export interface FeedSetting {
  name: string;
  url: string;
  enabled: boolean;
  fetchArticle: boolean;
}

export interface TopicSetting {
  name: string;
  keywords: string[];
  exclude: string[];
}

export interface ChannelSetting {
  name: string;
  platform: string;
  /** Slack/Discord channel id or webhook URL; undefined for the console. */
  address?: string | undefined;
  topics: string[];
  mode: 'instant' | 'digest';
  digest: { schedule: string; maxStories: number };
  quietHours?: string | undefined;
}

export interface Settings {
  feeds: FeedSetting[];
  topics: TopicSetting[];
  channels: ChannelSetting[];
}

export type Edit = { ok: true; settings: Settings; summary: string } | { ok: false; reason: string };

const fail = (reason: string): Edit => ({ ok: false, reason });
const done = (settings: Settings, summary: string): Edit => ({ ok: true, settings, summary });
const same = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

export const TOPIC_NAME = /^[^\s,]{1,64}$/;

export function findTopic(s: Settings, name: string): TopicSetting | undefined {
  return s.topics.find((t) => same(t.name, name));
}

export function addKeywords(s: Settings, topic: string, keywords: string[]): Edit {
  const t = findTopic(s, topic);
  if (!t) return fail(`no topic "${topic}" (topics: ${s.topics.map((x) => x.name).join(', ') || 'none'})`);
  const fresh = keywords.map((k) => k.trim()).filter((k) => k && !t.keywords.some((x) => same(x, k)));
  if (fresh.length === 0) return fail(`"${t.name}" already has ${keywords.join(', ')}`);
  return done(
    { ...s, topics: s.topics.map((x) => (x === t ? { ...t, keywords: [...t.keywords, ...fresh] } : x)) },
    `added ${fresh.map((k) => `"${k}"`).join(', ')} to ${t.name}`,
  );
}

export function removeKeyword(s: Settings, topic: string, keyword: string): Edit {
  const t = findTopic(s, topic);
  if (!t) return fail(`no topic "${topic}"`);
  const kept = t.keywords.filter((k) => !same(k, keyword));
  if (kept.length === t.keywords.length) return fail(`"${t.name}" has no keyword "${keyword}" (keywords: ${t.keywords.join(', ')})`);
  if (kept.length === 0) return fail(`"${keyword}" is the last keyword of ${t.name}; remove the topic instead`);
  return done({ ...s, topics: s.topics.map((x) => (x === t ? { ...t, keywords: kept } : x)) }, `removed "${keyword}" from ${t.name}`);
}

export function addTopic(s: Settings, name: string, keywords: string[]): Edit {
  if (!TOPIC_NAME.test(name)) return fail(`"${name}" is not a valid topic name (no spaces or commas, at most 64 characters)`);
  if (findTopic(s, name)) return fail(`topic "${name}" exists already`);
  const kw = [...new Set(keywords.map((k) => k.trim()).filter(Boolean))];
  if (kw.length === 0) return fail('a topic needs at least one keyword');
  return done({ ...s, topics: [...s.topics, { name, keywords: kw, exclude: [] }] }, `added topic ${name} (${kw.join(', ')})`);
}

export function removeTopic(s: Settings, name: string): Edit {
  const t = findTopic(s, name);
  if (!t) return fail(`no topic "${name}"`);
  return done(
    {
      ...s,
      topics: s.topics.filter((x) => x !== t),
      channels: s.channels.map((c) => ({ ...c, topics: c.topics.filter((x) => x !== t.name) })),
    },
    `removed topic ${t.name}`,
  );
}

/** Routes a topic to a channel, creating the channel entry for a chat channel seen for the first time. */
export function subscribe(s: Settings, channel: Omit<ChannelSetting, 'topics' | 'mode' | 'digest'>, topic: string, mode?: 'instant' | 'digest'): Edit {
  const t = findTopic(s, topic);
  if (!t) return fail(`no topic "${topic}" (topics: ${s.topics.map((x) => x.name).join(', ') || 'none'})`);
  const existing = s.channels.find((c) => c.name === channel.name);
  const base: ChannelSetting = existing ?? { ...channel, topics: [], mode: 'instant', digest: { schedule: '0 9 * * *', maxStories: 10 } };
  const updated: ChannelSetting = {
    ...base,
    topics: base.topics.includes(t.name) ? base.topics : [...base.topics, t.name],
    mode: mode ?? base.mode,
  };
  const channels = existing ? s.channels.map((c) => (c === existing ? updated : c)) : [...s.channels, updated];
  return done({ ...s, channels }, `${channel.name} now gets ${t.name} (${updated.mode})`);
}

export function unsubscribe(s: Settings, channelName: string, topic: string): Edit {
  const c = s.channels.find((x) => x.name === channelName);
  const t = findTopic(s, topic);
  if (!c || !t || !c.topics.includes(t.name)) return fail(`this channel does not get "${topic}"`);
  return done({ ...s, channels: s.channels.map((x) => (x === c ? { ...c, topics: c.topics.filter((n) => n !== t.name) } : x)) }, `${c.name} no longer gets ${t.name}`);
}

export function addFeed(s: Settings, feed: FeedSetting): Edit {
  if (s.feeds.some((f) => f.url === feed.url)) return fail(`that feed is already watched`);
  if (s.feeds.some((f) => same(f.name, feed.name))) return fail(`a feed named "${feed.name}" exists already`);
  return done({ ...s, feeds: [...s.feeds, feed] }, `added feed ${feed.name} (${feed.url})`);
}

export function removeFeed(s: Settings, name: string): Edit {
  const f = s.feeds.find((x) => same(x.name, name) || x.url === name);
  if (!f) return fail(`no feed "${name}"`);
  return done({ ...s, feeds: s.feeds.filter((x) => x !== f) }, `removed feed ${f.name}`);
}
