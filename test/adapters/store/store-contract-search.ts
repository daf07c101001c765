/**
 * Store contract, part: searching stored articles (see store-contract.ts).
 * Only articles recorded with a topic are stored, so only they are found
 * (store-contract-unmatched.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import type { CurrentStore } from './store-contract.ts';
import { article, at } from './store-fixtures.ts';

async function seed(store: Store): Promise<void> {
  await store.recordArticles(
    [
      article('nvidia', {
        title: '엔비디아, 새 AI 칩 공개',
        summary: '엔비디아가 차세대 GPU를 발표했다.',
        published: at(30),
      }),
      article('samsung', {
        title: '삼성전자 반도체 실적',
        summary: 'HBM 공급 확대로 NVIDIA 납품 늘어',
        published: at(20),
      }),
      article('hynix', {
        title: 'SK하이닉스 주가 100% 상승?',
        summary: 'memory_chip 수요 증가',
        published: at(10),
      }),
      article('old', { title: '엔비디아 지난 소식', summary: '', published: at(-600) }),
    ],
    [],
  );
}

async function ids(store: Store, text: string, since = at(0), limit = 10): Promise<string[]> {
  return (await store.searchArticles({ text, since, limit })).map((a) => a.id);
}

export function describeSearchContract(store: CurrentStore): void {
  describe('searchArticles', () => {
    it('returns articles published since the given time, newest first', async () => {
      await seed(store());
      expect(await ids(store(), '')).toEqual(['nvidia', 'samsung', 'hynix']);
      expect(await ids(store(), '', at(20))).toEqual(['nvidia', 'samsung']);
      expect(await ids(store(), '', at(-1000))).toEqual(['nvidia', 'samsung', 'hynix', 'old']);
    });

    it('returns at most `limit` articles, and none for a limit of 0', async () => {
      await seed(store());
      expect(await ids(store(), '', at(-1000), 2)).toEqual(['nvidia', 'samsung']);
      expect(await ids(store(), '', at(-1000), 0)).toEqual([]);
    });

    it('finds a Korean word inside a longer word (particles attached)', async () => {
      await seed(store());
      expect(await ids(store(), '엔비디아')).toEqual(['nvidia']);
      expect(await ids(store(), '엔비디아', at(-1000))).toEqual(['nvidia', 'old']);
      expect(await ids(store(), '반도체')).toEqual(['samsung']);
    });

    it('requires every word, each in the title or the summary', async () => {
      await seed(store());
      expect(await ids(store(), '삼성전자 NVIDIA')).toEqual(['samsung']);
      expect(await ids(store(), '  삼성전자   HBM  ')).toEqual(['samsung']);
      expect(await ids(store(), '삼성전자 엔비디아')).toEqual([]);
    });

    it('ignores case', async () => {
      await seed(store());
      expect(await ids(store(), 'nvidia')).toEqual(['samsung']);
      expect(await ids(store(), 'gpu')).toEqual(['nvidia']);
      expect(await ids(store(), 'Hbm')).toEqual(['samsung']);
    });

    it('matches decomposed (NFD) Hangul against composed text, both ways', async () => {
      await seed(store());
      await store().recordArticles(
        [article('nfd', { title: '하이브리드 본딩'.normalize('NFD'), published: at(5) })],
        [],
      );
      expect(await ids(store(), '반도체'.normalize('NFD'))).toEqual(['samsung']);
      expect(await ids(store(), '하이브리드')).toEqual(['nfd']);
    });

    it('treats % and _ as ordinary characters', async () => {
      await seed(store());
      expect(await ids(store(), '100%')).toEqual(['hynix']);
      expect(await ids(store(), '%')).toEqual(['hynix']);
      expect(await ids(store(), 'memory_chip')).toEqual(['hynix']);
      expect(await ids(store(), '_')).toEqual(['hynix']);
      expect(await ids(store(), '1_0')).toEqual([]);
    });
  });
}
