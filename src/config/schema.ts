/**
 * The configuration file's shape: one zod schema, parsed once at start-up.
 * `config/schema.json` is generated from it (npm run schema) so editors can
 * complete and check the YAML; a test fails when that file is stale.
 */
import cron from 'node-cron';
import { z } from 'zod';
import { parseDuration } from '../core/time/duration.ts';
import { isValidTimeZone } from '../core/time/zone.ts';


const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, { error: 'expected a duration such as "30m", "24h" or "7d"' })
  .transform((s) => parseDuration(s));

const cronExpression = z
  .string()
  .refine((s) => cron.validate(s), { error: 'expected a cron expression such as "*/5 * * * *"' });

const name = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[^\s,]+$/, { error: 'expected a name without spaces or commas' });

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const FeedSchema = z
  .object({
    name: z.string().min(1).max(100).describe('Shown as the source of an alert.'),
    url: httpUrl.describe('RSS or Atom feed URL.'),
    enabled: z.boolean().default(true),
    fetchArticle: z
      .boolean()
      .default(false)
      .describe('Fetch each matched article\'s page to read its full text for facts (within the poll limits).'),
  })
  .strict();

export const TopicSchema = z
  .object({
    name: name.describe('Short id used by channels and commands, e.g. "nvidia".'),
    keywords: z
      .array(z.string().trim().min(1))
      .min(1)
      .describe(
        'Any of these matches. Korean particles (엔비디아가) and spacing (피지컬AI) are handled; end with * to allow compounds (삼성* matches 삼성전자).',
      ),
    exclude: z.array(z.string().trim().min(1)).default([]).describe('An article with any of these never matches.'),
  })
  .strict();

const quietHours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time range such as "22:00-07:00"' });

const channelBase = {
  name: name.describe('Channel id used in logs, status and commands.'),
  topics: z.array(z.string()).min(1).describe('Topic names routed to this channel.'),
  mode: z
    .enum(['instant', 'digest'])
    .default('instant')
    .describe('instant: an alert per story; digest: one message on digest.schedule.'),
  digest: z
    .object({
      schedule: cronExpression.default('0 9 * * *').describe('When a digest channel gets its digest (configured timezone).'),
      maxStories: z.int().min(1).max(100).default(10).describe('Stories in one digest; the rest are counted as "+N more".'),
    })
    .strict()
    .prefault({}),
  quietHours: quietHours.optional().describe('Instant alerts in this window are held and sent as one digest when it ends.'),
};

export const ConsoleChannelSchema = z
  .object({ ...channelBase, platform: z.literal('console').describe('Prints alerts to standard output.') })
  .strict();

const slackChannelId = z.string().regex(/^[CGD][A-Z0-9]{6,}$/, { error: 'expected a Slack channel id such as "C0123ABCD"' });
const discordSnowflake = z
  .string({ error: 'expected a Discord channel id as a quoted string, e.g. "123456789012345678" (unquoted, YAML loses digits)' })
  .regex(/^\d{17,20}$/, { error: 'expected a Discord channel id (17–20 digits)' });

export const SlackChannelSchema = z
  .object({ ...channelBase, platform: z.literal('slack'), channel: slackChannelId.describe('Slack channel id (bot token: SLACK_BOT_TOKEN).') })
  .strict();
export const SlackWebhookChannelSchema = z
  .object({ ...channelBase, platform: z.literal('slack-webhook'), url: httpUrl.describe('Slack incoming-webhook URL.') })
  .strict();
export const DiscordChannelSchema = z
  .object({ ...channelBase, platform: z.literal('discord'), channel: discordSnowflake.describe('Discord channel id (bot token: DISCORD_TOKEN).') })
  .strict();
export const DiscordWebhookChannelSchema = z
  .object({ ...channelBase, platform: z.literal('discord-webhook'), url: httpUrl.describe('Discord webhook URL.') })
  .strict();

/** Discriminated on `platform`. */
export const ChannelSchema = z.discriminatedUnion('platform', [
  ConsoleChannelSchema,
  SlackChannelSchema,
  SlackWebhookChannelSchema,
  DiscordChannelSchema,
  DiscordWebhookChannelSchema,
]);
export const CHANNEL_PLATFORMS: readonly string[] = ChannelSchema.options.map((o) => o.shape.platform.value);

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    timezone: z
      .string()
      .default('Asia/Seoul')
      .refine(isValidTimeZone, { error: 'expected an IANA time zone such as "Asia/Seoul"' })
      .describe('Zone for feed dates without an offset, schedules and shown times.'),
    database: z.string().min(1).default('./data/news-alert.db').describe('SQLite file path (relative to the working directory) or ":memory:".'),
    poll: z
      .object({
        schedule: cronExpression.default('*/5 * * * *').describe('When to poll, in the configured timezone.'),
        concurrency: z.int().min(1).max(64).default(8).describe('Downloads at once, feeds and article pages together; parsing and storing go on beside them.'),
        timeoutSeconds: z.number().positive().max(300).default(15).describe('Whole-request timeout, body included.'),
        maxBytes: z.int().min(1024).max(100_000_000).default(5_000_000).describe('Largest feed body accepted.'),
        userAgent: z.string().min(1).default('news-alert/0.1 (+https://github.com/news-alert/news-alert)'),
        parseWorkers: z
          .int()
          .min(0)
          .max(16)
          .default(1)
          .describe('Worker threads that parse feeds beside the main thread; 0 parses in the main thread.'),
      })
      .strict()
      .prefault({}),
    backfill: z
      .object({
        maxItems: z.int().min(0).max(100).default(5).describe('On a feed\'s first poll, at most this many matched articles per channel.'),
        maxAge: duration.prefault('24h').describe('On a feed\'s first poll, nothing older than this is delivered.'),
      })
      .strict()
      .prefault({}),
    delivery: z
      .object({
        maxAttempts: z.int().min(1).max(100).default(10).describe('Give a message up after this many failed attempts.'),
      })
      .strict()
      .prefault({}),
    stories: z
      .object({
        window: duration.prefault('48h').describe('Reports of one event by several outlets within this window form one story.'),
      })
      .strict()
      .prefault({}),
    // Accepted so that files written for earlier versions still load; nothing reads it.
    retention: z
      .object({
        seenKeys: duration
          .optional()
          .describe(
            'No longer used, and ignored: an entry that matches no topic is now remembered by its feed for as long as the feed lists it (its item memory), not for a set time.',
          ),
      })
      .strict()
      .optional()
      .describe('No longer used (see retention.seenKeys).'),
    server: z
      .object({
        port: z.int().min(0).max(65535).default(3000).describe('HTTP port for /healthz and Slack events (env PORT overrides).'),
        host: z.string().min(1).default('0.0.0.0').describe('Address to listen on; 127.0.0.1 keeps it local.'),
      })
      .strict()
      .prefault({}),
    slack: z
      .object({
        command: z.string().regex(/^\/[a-z0-9_-]+$/, { error: 'expected a slash command such as "/news"' }).default('/news'),
        admins: z.array(z.string().min(1)).default([]).describe('Slack user ids allowed to change topics, feeds and subscriptions (besides workspace admins).'),
      })
      .strict()
      .prefault({}),
    discord: z
      .object({
        command: z.string().regex(/^[a-z0-9_-]{1,32}$/, { error: 'expected a command name such as "news"' }).default('news'),
        adminRoles: z.array(z.string().min(1)).default([]).describe('Role ids allowed to change things (besides Manage Server).'),
      })
      .strict()
      .prefault({}),
    feeds: z.array(FeedSchema).default([]),
    topics: z.array(TopicSchema).default([]),
    channels: z.array(ChannelSchema).default([]),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const dup = (items: { name: string }[], key: string) => {
      const seen = new Set<string>();
      items.forEach((it, i) => {
        if (seen.has(it.name)) ctx.addIssue({ code: 'custom', path: [key, i, 'name'], message: `duplicate name "${it.name}"` });
        seen.add(it.name);
      });
    };
    dup(cfg.feeds, 'feeds');
    dup(cfg.topics, 'topics');
    dup(cfg.channels, 'channels');
    const urls = new Set<string>();
    cfg.feeds.forEach((f, i) => {
      if (urls.has(f.url)) ctx.addIssue({ code: 'custom', path: ['feeds', i, 'url'], message: `feed URL listed twice: ${f.url}` });
      urls.add(f.url);
    });
    const topics = new Set(cfg.topics.map((t) => t.name));
    cfg.channels.forEach((c, i) =>
      c.topics.forEach((t, j) => {
        if (!topics.has(t))
          ctx.addIssue({
            code: 'custom',
            path: ['channels', i, 'topics', j],
            message: `unknown topic "${t}" (expected one of: ${[...topics].join(', ') || 'none defined'})`,
          });
      }),
    );
  });

export type Config = z.output<typeof ConfigSchema>;
export type FeedConfig = Config['feeds'][number];
export type TopicConfig = Config['topics'][number];
export type ChannelConfig = Config['channels'][number];
