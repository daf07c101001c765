import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../../../src/core/stories/story-index.ts';

const at = (h: number) => new Date(Date.UTC(2026, 10, 29, h));
const c = (title: string, factKeys: string[] = [], hour = 0) => ({ title, factKeys, published: at(hour) });

describe('the story index', () => {
  it('puts differently worded reports of one event into one story', () => {
    const index = new StoryIndex();
    index.add('s1', c('엔비디아, 한국에 GPU 26만장 공급', ['quantity:260000:units', 'org:엔비디아']));
    expect(index.assign(c('젠슨 황 "한국에 블랙웰 26만장"…삼성·SK·현대차·네이버 협력', ['quantity:260000:units'], 2))).toBe('s1');
    expect(index.assign(c('엔비디아 GPU 26만장 공급에 "윈윈할 것"', ['quantity:260000:units'], 5))).toBe('s1');
  });

  it('keeps different events of one company apart', () => {
    const index = new StoryIndex();
    index.add('s1', c('삼성전자, 3분기 영업이익 12조1천억원', ['money:12100000000000:KRW', 'org:삼성전자']));
    expect(index.assign(c('삼성전자, 美 텍사스 공장에 AI 반도체 라인 증설', ['org:삼성전자'], 1))).toBeUndefined();
  });

  it('does not join a story outside the window', () => {
    const index = new StoryIndex({ windowHours: 48 });
    index.add('s1', c('한국은행 기준금리 연 2.5%로 동결', ['percent:2.5:%'], 0));
    expect(index.assign(c('한국은행 기준금리 연 2.5%로 동결', ['percent:2.5:%'], 24 * 30))).toBeUndefined();
  });

  it('still finds the story among many unrelated ones', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 2000; i++) index.add(`x${i}`, c(`기업${i} 신제품 ${i}종 출시 계획 발표`, [`quantity:${i + 100}:units`]));
    index.add('target', c('SK하이닉스, 엔비디아에 HBM4 공급 계약 체결', ['org:SK하이닉스']));
    expect(index.assign(c('SK하이닉스 HBM4, 엔비디아 공급 계약 따냈다', [], 1))).toBe('target');
  });
});
