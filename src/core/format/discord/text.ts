/**
 * Making feed text safe and short for Discord markdown: escaping, truncation
 * on character boundaries, and masked links `[label](url)` that feed text
 * cannot break out of.
 *
 * Escaping is not what stops pings: Discord resolves `@everyone` and `<@id>`
 * whatever the markdown. Every message therefore carries
 * `allowed_mentions: { parse: [] }` (format-discord.ts).
 */

/**
 * Characters that start or end Discord markdown: emphasis `* _ ~ |`, code
 * `` ` ``, masked links `[ ] ( )`, mentions/emoji/links `< >`, and the line
 * starters `# - >` (headings, lists, quotes). Discord's markdown treats a
 * backslash before any ASCII punctuation as an escape and drops the
 * backslash, so escaping one that was harmless changes nothing on screen.
 */
const MARKDOWN = /[\\*_~|`[\]()<>#-]/g;

/** Backslash-escapes markdown in feed text. Stricter than discord.js `escapeMarkdown` (which leaves `[`, `]`, `(`, `)`, `<` alone by default). */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, '\\$&');
}

/**
 * Embed titles and field names render only inline styling (bold, italics,
 * strike, spoiler, code), not links, mentions, headings or lists, so only
 * those markers are escaped there: `[단독]` or `(종합)` in a title stays as is.
 */
const INLINE_MARKDOWN = /[\\*_~|`]/g;

export function escapeInlineMarkdown(text: string): string {
  return text.replace(INLINE_MARKDOWN, '\\$&');
}

/** Collapses whitespace (newlines included) so feed text stays on one line and cannot start a markdown block. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Cuts `text` to at most `max` (JS length, see limits.ts) with "…", never
 * inside a grapheme: no broken surrogate pair, no emoji or jamo sequence cut
 * in half. Each piece is passed through `render` first (e.g. escaping), and
 * the budget applies to the rendered text.
 */
export function fit(text: string, max: number, render: (s: string) => string = (s) => s): string {
  const whole = render(text);
  if (whole.length <= max) return whole;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    const piece = render(segment);
    if (out.length + piece.length + ELLIPSIS.length > max) break;
    out += piece;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** Feed text for a description or field value: one line, escaped, at most `max` characters. */
export function mdText(text: string, max: number): string {
  return fit(oneLine(text), max, escapeMarkdown);
}

/** Feed text for an embed title or field name (inline styling only): one line, escaped, at most `max` characters. */
export function titleText(text: string, max: number): string {
  return fit(oneLine(text), max, escapeInlineMarkdown);
}

/** Feed text for a field Discord shows without markdown (footer): one line, at most `max` characters. */
export function plainText(text: string, max: number): string {
  return fit(oneLine(text), max);
}

/**
 * Our cap on a link target inside a masked link, so one story's lines have a
 * bounded length (a story must always fit one embed). Longer URLs are
 * pathological for news links; the title is then shown unlinked.
 */
export const MAX_LINK_URL = 1000;

/**
 * An http(s) URL that is safe inside `(…)` of a masked link and valid as an
 * embed `url` (Discord rejects the whole message for an invalid one), or
 * undefined. The WHATWG serialiser percent-encodes spaces, quotes and `<>`;
 * parentheses are encoded here so `)` cannot end the link early.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href.length <= MAX_LINK_URL ? href : undefined;
}

/** `[label](url)` with the label escaped and cut to `maxLabel`; the bare escaped label when there is no usable URL. */
export function maskedLink(label: string, url: string | undefined, maxLabel: number): string {
  const text = mdText(label, maxLabel);
  const href = safeUrl(url);
  return href ? `[${text}](${href})` : text;
}
