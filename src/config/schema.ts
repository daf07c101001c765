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

const channelBase = {
  name: name.describe('Channel id used in logs, status and commands.'),
  topics: z.array(z.string()).min(1).describe('Topic names routed to this channel.'),
};

export const ConsoleChannelSchema = z
  .object({ ...channelBase, platform: z.literal('console').describe('Prints alerts to standard output.') })
  .strict();

/** Discriminated on `platform`; Slack and Discord join this union. */
export const ChannelSchema = z.discriminatedUnion('platform', [ConsoleChannelSchema]);
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
        concurrency: z.int().min(1).max(64).default(8).describe('Feeds fetched at once.'),
        timeoutSeconds: z.number().positive().max(300).default(15).describe('Whole-request timeout, body included.'),
        maxBytes: z.int().min(1024).max(100_000_000).default(5_000_000).describe('Largest feed body accepted.'),
        userAgent: z.string().min(1).default('news-alert/0.1 (+https://github.com/news-alert/news-alert)'),
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
