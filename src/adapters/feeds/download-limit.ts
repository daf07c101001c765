/**
 * At most `limit` downloads at once, feeds and article pages together (the
 * config's `poll.concurrency`): what the sites see of us. Only the download
 * holds a place; decoding, parsing and storing do not, so a feed that waits
 * for the parser never keeps another from downloading. Waiters go in order.
 */
export interface DownloadLimit {
  run<T>(download: () => Promise<T>): Promise<T>;
}

export function createDownloadLimit(limit: number): DownloadLimit {
  if (!(Number.isInteger(limit) && limit >= 1)) throw new RangeError(`download limit must be a positive integer, got ${limit}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the place passes straight to the next waiter
    else active -= 1;
  };
  return {
    async run(download) {
      if (active < limit) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await download();
      } finally {
        release();
      }
    },
  };
}
