/**
 * What a /news command answers, independent of the platform. Slack and
 * Discord renderers turn it into Block Kit or embeds; replies are ephemeral.
 */
import type { StoryView } from '../../core/message.ts';

export type Reply =
  | { kind: 'help'; command: string; lines: readonly string[] }
  | { kind: 'usage'; error: string; usage: string; command: string }
  | { kind: 'denied'; action: string }
  | { kind: 'changed'; summary: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'list'; title: string; items: string[]; empty: string }
  | { kind: 'stories'; query: string; sinceMs: number; page: number; pages: number; total: number; stories: StoryView[] };

/** How a search window is written back in a hint: 7d, 12h, 30m. */
export function periodText(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  return `${Math.round(ms / 60_000)}m`;
}

/** Plain-text rendering (CLI, logs, and the basis of the platform renderers' fallback text). */
export function replyText(r: Reply): string {
  switch (r.kind) {
    case 'help':
      return [`${r.command} 사용법`, ...r.lines.map((l) => `• ${r.command} ${l}`)].join('\n');
    case 'usage':
      return `${r.error}\n사용법: ${r.command} ${r.usage}`;
    case 'denied':
      return `권한이 없습니다: "${r.action}"은(는) 관리자만 할 수 있습니다.`;
    case 'changed':
      return `✅ ${r.summary}`;
    case 'failed':
      return `⚠️ ${r.reason}`;
    case 'list':
      return r.items.length ? [r.title, ...r.items.map((i) => `• ${i}`)].join('\n') : r.empty;
    case 'stories':
      if (r.total === 0) return `"${r.query}"에 해당하는 최근 기사가 없습니다.`;
      return [
        `"${r.query}" 검색 결과 ${r.total}건 (${r.page}/${r.pages}쪽)`,
        ...r.stories.map((s) => `• ${s.title} — ${s.feed}${s.otherSources.length ? ` 외 ${s.otherSources.length}곳` : ''}${s.url ? ` ${s.url}` : ''}`),
      ].join('\n');
  }
}
