/** Builds small RSS 2.0 documents for tests. */
export interface RssItem {
  title: string;
  link?: string;
  guid?: string;
  description?: string;
  pubDate?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: RssItem[], title = '테스트 피드'): string {
  const body = items
    .map((i) =>
      [
        '<item>',
        `<title>${esc(i.title)}</title>`,
        i.link ? `<link>${esc(i.link)}</link>` : '',
        i.guid ? `<guid>${esc(i.guid)}</guid>` : '',
        i.description ? `<description>${esc(i.description)}</description>` : '',
        i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : '',
        '</item>',
      ].join(''),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.test/</link><description>t</description>\n${body}\n</channel></rss>\n`;
}

/** An RFC 822 date `minutes` before now (feeds in CLI tests must look fresh for the backfill rule). */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toUTCString();
