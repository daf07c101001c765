/** The words of Slack messages, in one place (Korean: the team reads Korean news). */
export const LABELS = {
  openArticle: '기사 보기',
  keywords: '키워드',
  topics: '주제',
  /** Other outlets that reported the story, under an alert. */
  alsoReported: (n: number, names: string) => `다른 매체 ${n}곳도 보도: ${names}`,
  /** Outlets that have reported a story so far, under an update. */
  outletsNow: (n: number) => `현재 ${n}개 매체 보도`,
  /** Outlet count shown with a story in a digest. */
  outlets: (n: number) => `${n}개 매체`,
  /** An update sent where threads are not possible (webhooks): which alert it belongs to. */
  updateOf: (title: string) => `관련 기사: ${title}`,
  /** What was left out of a list. */
  andMore: (n: number) => `외 ${n}`,
  digestTitle: '뉴스 다이제스트',
  digestPart: (part: number, total: number) => `(${part}/${total})`,
  digestStories: (n: number) => `기사 ${n}건`,
  digestAllHeld: '보관된 기사 전체',
  digestReason: { schedule: '', 'quiet-hours': '방해 금지 시간 동안 모인 기사', manual: '요청한 다이제스트' },
  digestContinued: '(계속)',
  digestMore: (n: number) => `그 밖에 ${n}건은 생략했습니다.`,
  digestEmpty: '새로 전할 기사가 없습니다.',
} as const;
