/**
 * HTML (or already-plain text) from a feed → readable plain text.
 *
 * Rules, in order:
 * 1. CDATA markers are unwrapped, so content a parser left wrapped is still read.
 * 2. Comments, `<!…>`/`<?…>` declarations and the content of script, style,
 *    noscript and template are dropped; every other tag is removed. Block
 *    elements (p, br, div, li, h1–h6, tr, …) become line breaks and table
 *    cells a space, so paragraphs never glue together (`했다.젠슨`, see
 *    notes/korean.md §5). A `<` not followed by a tag name is text, as in the
 *    HTML tokenizer, so Korean prefixes such as `<속보>` survive.
 * 3. Only when the input held markup, source line breaks are plain spaces (as
 *    a browser renders them); plain-text summaries keep their line breaks.
 * 4. Entities are decoded AFTER the tags are gone, so an escaped `&lt;b&gt;`
 *    always stays text and never becomes a tag. Korean feeds double-escape
 *    (`E&amp;amp;S` in the XML, notes/korean.md §1), so decoding repeats
 *    while entities remain, at most MAX_DECODE_ROUNDS times; the extra rounds
 *    are strict (`;` required) so text like `&copy2024` is not eaten.
 * 5. NBSP and other horizontal spaces become one space, invisible characters
 *    (ZWSP, BOM, soft hyphen) go, each line is trimmed, blank lines dropped.
 */
import { decodeHTML, decodeHTMLStrict } from 'entities';

/** Elements whose content is never visible text. */
const SKIPPED_CONTENT = new Map(
  ['script', 'style', 'noscript', 'template'].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]),
);

/** Elements rendered as their own block: they start (and end) a line. */
const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul',
]);

/** Elements separated from their neighbours by a space. */
const SPACE_SEPARATED = new Set(['td', 'th']);

/** Three rounds undo a triple escape; more is never seen and would risk eating literal text. */
const MAX_DECODE_ROUNDS = 3;

/** Stands for a line break until entities are decoded; NULs are removed from the input first. */
const BREAK = '\u0000';

const TAG_NAME = /<(\/?)([a-zA-Z][^\s/>]*)/y;
const ENTITY_LIKE = /&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);/;
const HORIZONTAL_SPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** True exactly when HORIZONTAL_SPACE would change the text: a non-ASCII-space blank, or two spaces. */
const UNTIDY_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
/** Source white space that markup flows into one space; FLOW_NEEDED is its "would change" test. */
const SOURCE_SPACE = /[\t\n\f\r ]+/g;
const FLOW_NEEDED = /[\t\n\f\r]| {2}/;
const INVISIBLE = /[\u200b\u00ad\ufeff]/g;
const HAS_INVISIBLE = /[\u200b\u00ad\ufeff]/;
const LINE_SEPARATOR = /\r\n?|\n|\u2028|\u2029/;
const HAS_LINE_SEPARATOR = /[\r\n\u2028\u2029]/;
/** Anything tidyWhitespace would change besides the ends: one scan for the common clean line. */
const NEEDS_TIDY = /[\u200b\u00ad\ufeff\r\n\u2028\u2029\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
const CDATA_MARKER = /<!\[CDATA\[|\]\]>/g;

/*
 * Every pass below is skipped when a cheap scan shows it would not change the
 * text (most feed text has no NUL, no CDATA marker, no entity, single spaces),
 * so plain text costs a few scans instead of a dozen regex rewrites.
 */
export function htmlToText(html: string): string {
  const input = removeCdataMarkers(html.includes(BREAK) ? html.replaceAll(BREAK, '') : html);
  const { text, sawMarkup } = stripMarkup(input);
  const flowed = sawMarkup ? flowSourceSpace(text).replaceAll(BREAK, '\n') : text;
  const decoded = flowed.includes('&') ? decodeEntities(flowed) : flowed;
  // A CDATA section that reached us entity-escaped (or whose marker only formed
  // once tags or an inner marker were removed) shows up only now.
  return tidyWhitespace(removeCdataMarkers(decoded));
}

function removeCdataMarkers(text: string): string {
  return text.includes(']]>') || text.includes('<![CDATA[') ? text.replace(CDATA_MARKER, '') : text;
}

function flowSourceSpace(text: string): string {
  return FLOW_NEEDED.test(text) ? text.replace(SOURCE_SPACE, ' ') : text;
}

function stripMarkup(html: string): { text: string; sawMarkup: boolean } {
  let lt = html.indexOf('<');
  if (lt === -1) return { text: html, sawMarkup: false };
  // Past the last `>` no tag can close: every `<` there is text (keeps broken input linear).
  const lastGt = html.lastIndexOf('>');
  let out = '';
  let sawMarkup = false;
  let pos = 0;
  for (; lt !== -1; lt = html.indexOf('<', pos)) {
    out += html.slice(pos, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close === -1 ? html.length : close + 3;
      sawMarkup = true;
      continue;
    }
    if (lt > lastGt) {
      out += html.slice(lt);
      pos = html.length;
      break;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      pos = html.indexOf('>', lt) + 1;
      sawMarkup = true;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(html);
    if (tag === null) {
      out += '<';
      pos = lt + 1;
      continue;
    }
    const end = tagEnd(html, TAG_NAME.lastIndex);
    sawMarkup = true;
    pos = end + 1;
    const name = (tag[2] ?? '').toLowerCase();
    const closing = tag[1] === '/';
    const skipUntil = closing ? undefined : SKIPPED_CONTENT.get(name);
    if (skipUntil !== undefined && html[end - 1] !== '/') {
      pos = skipContent(html, pos, skipUntil);
    } else if (LINE_BREAKING.has(name)) {
      out += BREAK;
    } else if (SPACE_SEPARATED.has(name)) {
      out += ' ';
    }
  }
  return { text: out + html.slice(pos), sawMarkup };
}

/**
 * Index of the `>` closing a tag whose attributes start at `from`. A `>` inside
 * a quoted attribute value (a quote right after `=`) does not count.
 */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i += 1) {
    const ch = html[i];
    if (ch === '>') return i;
    if (afterEquals && (ch === '"' || ch === "'")) {
      const close = html.indexOf(ch, i + 1);
      // An unclosed quote: fall back to the first `>` (one exists, see lastGt).
      if (close === -1) break;
      i = close;
      afterEquals = false;
      continue;
    }
    if (ch === '=') afterEquals = true;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') afterEquals = false;
  }
  return html.indexOf('>', from);
}

/** Position after the end tag matched by `endTag`, or the end of input (as a browser would). */
function skipContent(html: string, from: number, endTag: RegExp): number {
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  if (found === null) return html.length;
  const gt = html.indexOf('>', found.index);
  return gt === -1 ? html.length : gt + 1;
}

function decodeEntities(text: string): string {
  let out = decodeHTML(text);
  for (let round = 1; round < MAX_DECODE_ROUNDS && ENTITY_LIKE.test(out); round += 1) {
    const next = decodeHTMLStrict(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/*
 * Horizontal spaces and line separators are disjoint sets, so collapsing the
 * spaces once over the whole text equals collapsing them line by line.
 */
function tidyWhitespace(text: string): string {
  if (!NEEDS_TIDY.test(text)) return text.trim();
  const visible = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  const spaced = UNTIDY_SPACE.test(visible) ? visible.replace(HORIZONTAL_SPACE, ' ') : visible;
  if (!HAS_LINE_SEPARATOR.test(spaced)) return spaced.trim();
  return spaced
    .split(LINE_SEPARATOR)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
