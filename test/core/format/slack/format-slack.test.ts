import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSlack } from '../../../../src/core/format/slack/format-slack.ts';
import type { OutboundMessage } from '../../../../src/core/message.ts';
import { alert, digest, source, story, update } from './sample-messages.ts';

const ctx = { timeZone: 'Asia/Seoul' };
const golden = (name: string) => new URL(`../../../fixtures/golden/slack-${name}.json`, import.meta.url);

/** Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then review the diff. */
function expectGolden(name: string, actual: unknown) {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), json);
  expect(json).toBe(readFileSync(golden(name), 'utf8'));
}

const cases: [string, OutboundMessage, boolean][] = [
  ['alert', alert({ otherSources: [source(), source({ feed: '조선일보', url: undefined })] }), true],
  ['update', update(), true],
  ['update-unthreaded', update(), false],
  [
    'digest',
    digest(3, ['AI 반도체', '배터리'], {
      more: 2,
      reason: 'quiet-hours',
      sections: [
        {
          topic: 'AI 반도체',
          stories: [story({ otherSources: [source()] }), story({ id: 's2', title: 'SK하이닉스 & 삼성 <HBM> 경쟁', url: undefined, facts: [] })],
        },
        { topic: '배터리', stories: [story({ id: 's3', title: 'LG엔솔, 북미 공장 증설', feed: '전자신문', topics: ['배터리'] })] },
      ],
    }),
    true,
  ],
];

describe('formatSlack', () => {
  it.each(cases)('renders the %s golden file', (name, message, threaded) => {
    expectGolden(name, formatSlack(message, ctx, { threaded }));
  });

  it.each([
    [alert(), 1],
    [update(), 1],
    [digest(3), 1],
    [digest(60), 2],
  ])('returns the messages to post in order (%#)', (message, count) => {
    expect(formatSlack(message, ctx)).toHaveLength(count);
  });

  it('shows times in the configured zone', () => {
    const [utc] = formatSlack(alert(), { timeZone: 'UTC' });
    expect(JSON.stringify(utc?.blocks)).toContain('2026-11-29 01:20');
  });
});
