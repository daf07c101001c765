/**
 * The side-bar colour of an embed: configured per topic, else derived from
 * the topic name so the same topic always gets the same colour (across
 * restarts and machines) without any configuration.
 */

/** Discord's "blurple", for messages without a topic. */
export const DEFAULT_COLOR = 0x5865f2;

/**
 * FNV-1a (32 bit) over the UTF-16 code units, then MurmurHash3's final mix:
 * FNV alone spreads short Hangul names badly over 360 hues (부동산 and
 * 반도체 came out 3° apart).
 */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** HSL (h in degrees, s and l in 0..1) to a 0xRRGGBB integer, as embeds take it. */
function hslToRgb(h: number, s: number, l: number): number {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return (channel(0) << 16) | (channel(8) << 8) | channel(4);
}

/** A stable, readable colour for a topic: any hue, fixed saturation and lightness (visible on dark and light themes). */
export function derivedTopicColor(topic: string): number {
  return hslToRgb(hash(topic.normalize('NFC')) % 360, 0.65, 0.5);
}

/** The colour for a message about these topics: the first topic's configured colour, else its derived one. */
export function topicColor(topics: readonly string[], configured: Readonly<Record<string, number>> = {}): number {
  const first = topics[0];
  if (first === undefined) return DEFAULT_COLOR;
  return Object.hasOwn(configured, first) ? (configured[first] as number) : derivedTopicColor(first);
}
