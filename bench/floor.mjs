// The floor any RSS bot pays: plain fetch + rss-parser parseString of every
// feed, with the same concurrency. Run in its own process (as the pipeline
// is) so neither inherits the other's heap. Prints {"ms":N} on stdout.
import Parser from 'rss-parser';

const [urlPattern, feeds, concurrency] = process.argv.slice(2);
const urls = Array.from({ length: Number(feeds) }, (_, i) => urlPattern.replace('{i}', String(i)));

async function floor(list) {
  const parser = new Parser();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (next < list.length) {
        const res = await fetch(list[next++]);
        await parser.parseString(await res.text());
      }
    }),
  );
  return performance.now() - t0;
}

await floor(urls.slice(0, 50)); // warm up, as the pipeline does
process.stdout.write(`${JSON.stringify({ ms: await floor(urls) })}\n`);
