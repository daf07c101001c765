// Serves the benchmark corpus on 127.0.0.1 from a child process (so serving
// does not compete with the measured client on its event loop). Answers 304
// to a matching If-None-Match. Prints {"port":N} on stdout when ready.
import { createServer } from 'node:http';
import { corpusFeed } from './corpus.mjs';

const [feeds = '1000', items = '50', matchRate = '0.08'] = process.argv.slice(2);
const now = Date.now();
const bodies = Array.from({ length: Number(feeds) }, (_, f) => Buffer.from(corpusFeed(f, Number(items), now, Number(matchRate))));

const server = createServer((req, res) => {
  const f = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
  const body = bodies[f];
  if (!body) return res.writeHead(404).end();
  const etag = `"bench-${f}"`;
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': body.length }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port, bytes: bodies.reduce((n, b) => n + b.length, 0) })}\n`));
process.on('disconnect', () => process.exit(0));
