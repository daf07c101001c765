/** Renders a sample feed as RSS 2.0 bytes in its charset, with dates relative to `now`. */
import iconv from 'iconv-lite';
import type { SampleFeed } from './sample-articles.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderSampleFeed(feed: SampleFeed, baseUrl: string, now: Date): Buffer {
  const items = feed.items
    .map((it) => {
      const link = `${baseUrl}${it.path}`;
      return [
        '    <item>',
        `      <title>${escapeXml(it.title)}</title>`,
        `      <link>${escapeXml(link)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `      <description>${escapeXml(it.summary)}</description>`,
        `      <pubDate>${new Date(now.getTime() - it.minutesAgo * 60_000).toUTCString()}</pubDate>`,
        it.author ? `      <author>${escapeXml(it.author)}</author>` : '',
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="${feed.charset.toUpperCase()}"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(feed.name)}</title>
    <link>${baseUrl}/</link>
    <description>news-alert demo feed</description>
${items}
  </channel>
</rss>
`;
  return iconv.encode(xml, feed.charset);
}
