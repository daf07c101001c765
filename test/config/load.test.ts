import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, parseConfigText } from '../../src/config/load.ts';
import { ConfigError } from '../../src/core/errors.ts';

const fixture = (name: string) => `test/fixtures/config/${name}`;

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loading the configuration', () => {
  it('accepts the shipped default configuration', () => {
    const config = loadConfigFile('config/default.yaml');
    expect(config.timezone).toBe('Asia/Seoul');
    expect(config.feeds.map((f) => f.name)).toEqual(
      expect.arrayContaining(['연합뉴스 경제', '아시아경제', '전자신문', 'ZDNet Korea', 'Google 뉴스 엔비디아']),
    );
    expect(config.feeds.some((f) => f.url.includes('hankyung.com'))).toBe(true);
    expect(config.topics.map((t) => t.name)).toEqual(['nvidia', 'gpu', 'physical-ai']);
    expect(config.channels[0]).toMatchObject({ platform: 'console' });
  });

  it('fills defaults for everything but topics', () => {
    const config = loadConfigFile(fixture('minimal.yaml'));
    expect(config.poll).toEqual({
      schedule: '*/5 * * * *',
      concurrency: 8,
      timeoutSeconds: 15,
      maxBytes: 5_000_000,
      userAgent: expect.stringContaining('news-alert'),
      parseWorkers: 1,
    });
    expect(config.backfill).toEqual({ maxItems: 5, maxAge: 24 * 3600_000 });
    expect(config.database).toBe('./data/news-alert.db');
    expect(config.topics[0]?.exclude).toEqual([]);
  });

  it('names the file, the key path, the line and what was expected for each wrong value', () => {
    const err = configError(() => loadConfigFile(fixture('bad-types.yaml')));
    expect(err.file).toBe(fixture('bad-types.yaml'));
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i]));
    expect(byPath['poll.concurrency']).toMatchObject({ line: 3, message: expect.stringMatching(/expected (int|number)/) });
    expect(byPath['feeds[0].url']).toMatchObject({ line: 5, message: expect.stringContaining('http(s) URL') });
    expect(err.message).toContain('bad-types.yaml: invalid configuration');
    expect(err.message).toContain('line 3, poll.concurrency:');
  });

  it('reports unknown keys, so a typo is not silently ignored', () => {
    const err = configError(() => loadConfigFile(fixture('unknown-key.yaml')));
    expect(err.issues).toEqual([{ path: '', message: 'unknown key "pol"', line: 2 }]);
  });

  it('reports YAML syntax errors with their line', () => {
    const err = configError(() => loadConfigFile(fixture('broken-yaml.yaml')));
    expect(err.issues[0]?.message).toMatch(/^YAML syntax/);
    expect(err.issues[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing file plainly', () => {
    const err = configError(() => loadConfigFile('does/not/exist.yaml'));
    expect(err.message).toBe('does/not/exist.yaml: invalid configuration\n  - file not found');
  });

  it.each([
    ['an unknown platform', 'topics: [{name: a, keywords: [x]}]\nchannels: [{name: c, platform: telegram, topics: [a]}]', 'channels[0].platform', /unknown platform \(expected console/],
    ['a channel naming an unknown topic', 'topics: [{name: nvidia, keywords: [x]}]\nchannels: [{name: c, platform: console, topics: [nvidia, gpu]}]', 'channels[0].topics[1]', /unknown topic "gpu" \(expected one of: nvidia\)/],
    ['a Discord channel id written as a number', 'topics: [{name: a, keywords: [x]}]\nchannels: [{name: d, platform: discord, channel: 123456789012345678, topics: [a]}]', 'channels[0].channel', /quoted string/],
    ['a Slack channel that is not an id', 'topics: [{name: a, keywords: [x]}]\nchannels: [{name: s, platform: slack, channel: "#general", topics: [a]}]', 'channels[0].channel', /Slack channel id/],
    ['bad quiet hours', 'topics: [{name: a, keywords: [x]}]\nchannels: [{name: c, platform: console, topics: [a], quietHours: "10pm-7am"}]', 'channels[0].quietHours', /22:00-07:00/],
    ['an unknown channel mode', 'topics: [{name: a, keywords: [x]}]\nchannels: [{name: c, platform: console, topics: [a], mode: hourly}]', 'channels[0].mode', /instant|digest/],
    ['a bad time zone', 'timezone: Mars/Olympus', 'timezone', /IANA time zone/],
    ['a bad cron expression', 'poll: {schedule: "every minute"}', 'poll.schedule', /cron expression/],
    ['a bad duration', 'backfill: {maxAge: "1 day"}', 'backfill.maxAge', /duration/],
    ['duplicate topic names', 'topics: [{name: a, keywords: [x]}, {name: a, keywords: [y]}]', 'topics[1].name', /duplicate name "a"/],
    ['a topic without keywords', 'topics: [{name: a, keywords: []}]', 'topics[0].keywords', /too small|at least/i],
    ['a feed listed twice', 'feeds: [{name: a, url: "https://x.test/a"}, {name: b, url: "https://x.test/a"}]', 'feeds[1].url', /listed twice/],
  ])('rejects %s', (_what, yaml, path, message) => {
    const err = configError(() => parseConfigText(yaml, 'inline.yaml'));
    expect(err.issues).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  });

  it('reads durations such as 30m and 7d', () => {
    expect(parseConfigText('backfill: {maxAge: 30m}', 'x').backfill.maxAge).toBe(30 * 60_000);
    expect(parseConfigText('backfill: {maxAge: 7d}', 'x').backfill.maxAge).toBe(7 * 86_400_000);
  });

  it('keeps the fixtures honest: the bad file really is YAML-valid', () => {
    expect(readFileSync(fixture('bad-types.yaml'), 'utf8')).toContain('concurrency');
  });
});
