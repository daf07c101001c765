/** Serves the sample feeds on 127.0.0.1 (a random free port) for `news-alert demo`. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderSampleFeed } from './render-rss.ts';
import { SAMPLE_FEEDS } from './sample-articles.ts';

export interface DemoServer {
  feeds: { name: string; url: string }[];
  close(): Promise<void>;
}

export async function startDemoServer(now: () => Date): Promise<DemoServer> {
  const server: Server = createServer((req, res) => {
    const slug = /^\/rss\/([a-z]+)\.xml$/.exec(req.url ?? '')?.[1];
    const feed = SAMPLE_FEEDS.find((f) => f.slug === slug);
    if (!feed) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    // No charset in the header on purpose: the EUC-KR feed declares it only in its XML prolog.
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(renderSampleFeed(feed, base, now()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    feeds: SAMPLE_FEEDS.map((f) => ({ name: f.name, url: `http://127.0.0.1:${port}/rss/${f.slug}.xml` })),
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
