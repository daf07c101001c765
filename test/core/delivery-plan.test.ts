import { describe, expect, it } from 'vitest';
import { planStoryDeliveries, type PlanChannel } from '../../src/core/delivery-plan.ts';

const quietEnd = new Date('2026-11-29T22:00:00Z');
const channels = new Map<string, PlanChannel>([
  ['live', { name: 'live', mode: 'instant' }],
  ['daily', { name: 'daily', mode: 'digest' }],
  ['night', { name: 'night', mode: 'instant', quietUntil: quietEnd }],
]);
const pair = (articleId: string, channel: string) => ({ articleId, channel, platform: 'console' });
const stories: Record<string, string> = { a1: 'S', a2: 'S', a3: 'S', b1: 'T' };

describe('planning story deliveries', () => {
  it('alerts a story once per channel; a report in the same cycle needs no update (the alert lists it)', () => {
    const known = new Map<string, Set<string>>();
    const alerted = new Set<string>();
    const first = planStoryDeliveries([pair('a1', 'live'), pair('a2', 'live'), pair('b1', 'live')], channels, (id) => stories[id]!, known, alerted);
    expect(first.map((d) => [d.articleId, d.kind])).toEqual([
      ['a1', 'alert'],
      ['b1', 'alert'],
    ]);
    // Next cycle: a later report of the same story is an update.
    expect(planStoryDeliveries([pair('a3', 'live')], channels, (id) => stories[id]!, known)[0]?.kind).toBe('update');
  });

  it('treats a story the channel got in an earlier cycle as known', () => {
    const known = new Map([['S', new Set(['live'])]]);
    expect(planStoryDeliveries([pair('a3', 'live')], channels, (id) => stories[id]!, known)[0]?.kind).toBe('update');
  });

  it('holds a story once for a digest channel and ignores its later reports', () => {
    const out = planStoryDeliveries([pair('a1', 'daily'), pair('a2', 'daily')], channels, (id) => stories[id]!, new Map());
    expect(out).toEqual([{ ...pair('a1', 'daily'), kind: 'alert', held: { until: null } }]);
  });

  it('holds alerts and updates until quiet hours end', () => {
    const known = new Map([['S', new Set(['night'])]]);
    const out = [
      ...planStoryDeliveries([pair('b1', 'night')], channels, (id) => stories[id]!, known),
      ...planStoryDeliveries([pair('a2', 'night')], channels, (id) => stories[id]!, known),
    ];
    expect(out.map((d) => [d.kind, d.held?.until])).toEqual([
      ['alert', quietEnd],
      ['update', quietEnd],
    ]);
  });
});
