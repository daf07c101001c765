import { describe, expect, it } from 'vitest';
import { assignStory } from '../../../src/core/stories/assign-story.ts';
import type { Story, StoryCandidate } from '../../../src/core/stories/story-candidate.ts';

const at = (iso: string) => new Date(iso);
const article = (title: string, iso: string, ...factKeys: string[]): StoryCandidate => ({ title, published: at(iso), factKeys });

const gpuStory: Story = {
  id: 'nvidia-gpu',
  lead: article('엔비디아, 한국에 GPU 26만장 공급', '2025-10-31T15:02:00+09:00', 'quantity:260000:units', 'org:엔비디아'),
  members: [article('젠슨 황 "한국에 블랙웰 26만장"…삼성·SK·현대차·네이버 협력', '2025-10-31T16:40:00+09:00', 'quantity:260000:units')],
};
const capStory: Story = {
  id: 'nvidia-cap',
  lead: article('엔비디아, 시가총액 5조달러 돌파…세계 최초', '2025-10-30T06:00:00+09:00', 'money:5000000000000:USD', 'org:엔비디아'),
  members: [],
};
const samsungStory: Story = {
  id: 'samsung-q3',
  lead: article('삼성전자, 3분기 영업이익 12.1조…반도체 부활', '2025-10-31T08:45:00+09:00', 'org:삼성전자'),
  members: [],
};

describe('assignStory', () => {
  it('returns undefined when there are no stories', () => {
    expect(assignStory(gpuStory.lead, [])).toBeUndefined();
  });

  it('returns the story the article belongs to, not another story of the same company', () => {
    const follow = article('엔비디아 GPU 26만장 공급에 "윈윈할 것"', '2025-11-01T20:10:00+09:00', 'quantity:260000:units', 'org:엔비디아');
    expect(assignStory(follow, [capStory, samsungStory, gpuStory])).toBe('nvidia-gpu');
  });

  it('returns undefined for a new event of a known company', () => {
    const curbs = article('美, 엔비디아 H20 중국 수출 규제 강화', '2025-10-31T18:00:00+09:00', 'org:엔비디아');
    expect(assignStory(curbs, [gpuStory, capStory])).toBeUndefined();
  });

  it('matches through a member when the lead is worded differently', () => {
    const viaMember = article('젠슨 황 "블랙웰 26만장"…삼성·SK·현대차 협력 확대', '2025-10-31T18:00:00+09:00');
    const withUnrelatedLead: Story = { ...gpuStory, id: 'x', lead: samsungStory.lead };
    expect(assignStory(viaMember, [withUnrelatedLead])).toBe('x');
    expect(assignStory(viaMember, [{ ...withUnrelatedLead, members: [] }])).toBeUndefined();
  });

  it('prefers the story with the most similar article', () => {
    const candidate = article('[속보] 삼성전자 3분기 영업이익 12.1조', '2025-10-31T09:00:00+09:00');
    const loose: Story = { id: 'loose', lead: article('삼성전자 3분기 영업이익 12조…HBM 날개 달고 반도체 부활 신호', '2025-10-31T09:30:00+09:00'), members: [] };
    expect(assignStory(candidate, [loose])).toBe('loose');
    expect(assignStory(candidate, [loose, samsungStory])).toBe('samsung-q3');
  });

  it('keeps the earlier story on a tie', () => {
    const twin: Story = { ...samsungStory, id: 'samsung-q3-copy' };
    expect(assignStory(samsungStory.lead, [samsungStory, twin])).toBe('samsung-q3');
  });

  it('does not assign to a story outside the time window', () => {
    const weekLater = article(samsungStory.lead.title, '2025-11-07T08:45:00+09:00');
    expect(assignStory(weekLater, [samsungStory])).toBeUndefined();
  });
});
