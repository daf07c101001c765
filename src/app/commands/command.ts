/**
 * The /news command set, parsed from text (Slack) or built from options
 * (Discord): one platform-neutral shape that the executor acts on.
 */
export type Command =
  | { name: 'help' }
  | { name: 'search'; query: string; sinceMs: number; page: number }
  | { name: 'topics' }
  | { name: 'topics-add'; topic: string; keywords: string[] }
  | { name: 'topics-remove'; topic: string }
  | { name: 'keywords'; topic: string }
  | { name: 'keywords-add'; topic: string; keywords: string[] }
  | { name: 'keywords-remove'; topic: string; keyword: string }
  | { name: 'subscribe'; topic: string; mode: 'instant' | 'digest' | undefined }
  | { name: 'unsubscribe'; topic: string }
  | { name: 'feeds' }
  | { name: 'feeds-add'; url: string; feedName: string | undefined }
  | { name: 'feeds-remove'; feed: string }
  | { name: 'digest-now' }
  | { name: 'status' };

/** Commands that change settings: only admins may run them. */
export const CHANGING: ReadonlySet<Command['name']> = new Set([
  'topics-add',
  'topics-remove',
  'keywords-add',
  'keywords-remove',
  'subscribe',
  'unsubscribe',
  'feeds-add',
  'feeds-remove',
]);

export const USAGE_LINES: readonly string[] = [
  'search <검색어> [7d] [p2] — 최근 기사 검색',
  'topics — 주제 목록',
  'topics add <주제> <키워드…> / topics remove <주제>',
  'keywords <주제> — 키워드 목록',
  'keywords add <주제> <키워드…> / keywords remove <주제> <키워드>  ("피지컬 AI"처럼 따옴표로 묶기)',
  'subscribe <주제> [instant|digest] / unsubscribe <주제> — 이 채널로 받기',
  'feeds / feeds add <url> [이름] / feeds remove <이름>',
  'digest now — 다이제스트 지금 받기',
  'status — 피드와 전송 상태',
  'help',
];
