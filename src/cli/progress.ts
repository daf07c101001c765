/** A one-line progress counter on stderr, only when stderr is a terminal. */
import type { Writable } from 'node:stream';

export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

export function createProgress(err: Writable & { isTTY?: boolean }, label: string): Progress {
  if (!err.isTTY) return { update() {}, done() {} };
  let shown = false;
  return {
    update(done, total) {
      shown = true;
      err.write(`\r${label} ${done}/${total}`);
    },
    done() {
      if (shown) err.write('\r\x1b[2K');
    },
  };
}
