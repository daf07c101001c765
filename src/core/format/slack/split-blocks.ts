/**
 * Packs a long list of blocks into as few messages as Slack accepts, in
 * order: at most MAX_BLOCKS blocks and BLOCKS_JSON_BUDGET characters of JSON
 * per message (limits.ts). Each message starts with its own head (a header
 * saying "(2/3)"); a group heading is never left at the end of a message
 * without its first item, and is repeated (as "continued") at the top of the
 * next message when a group runs on. Each message also lists the keys of
 * the items it holds (a digest's story ids), so a sender that fails part-way
 * knows what was shown.
 */
import type { SlackBlock } from './blocks.ts';
import { BLOCKS_JSON_BUDGET, MAX_BLOCKS } from './limits.ts';

export interface BlockGroup {
  /** The heading blocks; `continued` is true when repeated at the top of a later message. */
  heading(continued: boolean): SlackBlock[];
  items: SlackBlock[];
  /** What each item shows (a story id), in the order of `items`. */
  keys: readonly string[];
}

export interface PackedMessage {
  blocks: SlackBlock[];
  /** The keys of the items in this message, in order. */
  keys: string[];
}

export interface PackInput {
  /** Head blocks of message `part` of `total` (both 1-based); `total` is 1 when not split. */
  head(part: number, total: number): SlackBlock[];
  groups: BlockGroup[];
  /** Blocks after the last group (a "left out" note). */
  tail: SlackBlock[];
}

/** A part count wider than any real one, so heads measured with it never grow when renumbered. */
const WIDEST_TOTAL = 9999;

const jsonSize = (blocks: readonly SlackBlock[]): number =>
  blocks.reduce((n, b) => n + JSON.stringify(b).length + 1, 2);

/** The body of each message, without heads. Pure: same input, same split. */
function packBodies(input: PackInput): PackedMessage[] {
  const bodies: PackedMessage[] = [];
  let body: PackedMessage = { blocks: [], keys: [] };
  let count = 0;
  let size = 0;
  const start = () => {
    if (body.blocks.length) bodies.push(body);
    const head = input.head(bodies.length + 1, WIDEST_TOTAL);
    body = { blocks: [], keys: [] };
    count = head.length;
    size = jsonSize(head);
  };
  const fits = (blocks: readonly SlackBlock[]) =>
    count + blocks.length <= MAX_BLOCKS && size + jsonSize(blocks) - 2 <= BLOCKS_JSON_BUDGET;
  const add = (blocks: readonly SlackBlock[]) => {
    body.blocks.push(...blocks);
    count += blocks.length;
    size += jsonSize(blocks) - 2;
  };

  start();
  for (const group of input.groups) {
    for (const [i, item] of group.items.entries()) {
      // A new group needs room for its heading and first item together.
      const withHeading = i === 0 ? [...group.heading(false), item] : [item];
      const key = group.keys[i];
      if (!fits(withHeading)) {
        start();
        // Blocks are bounded (section text ≤ 3000) so heading + one item always fit an empty message.
        add([...group.heading(i > 0), item]);
      } else add(withHeading);
      if (key !== undefined) body.keys.push(key);
    }
  }
  if (input.tail.length) {
    if (!fits(input.tail)) start();
    add(input.tail);
  }
  bodies.push(body);
  return bodies;
}

/** The messages, heads included, in order. */
export function packBlocks(input: PackInput): PackedMessage[] {
  const bodies = packBodies(input);
  return bodies.map((body, i) => ({ blocks: [...input.head(i + 1, bodies.length), ...body.blocks], keys: body.keys }));
}
