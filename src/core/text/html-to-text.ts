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
const INVISIBLE = /[\u200b\u00ad\ufeff]/g;
const CDATA_MARKER = /<!\[CDATA\[|\]\]>/g;

export function htmlToText(html: string): string {
  const input = html.replace(/\u0000/g, '').replace(CDATA_MARKER, '');
  const { text, sawMarkup } = stripMarkup(input);
  const flowed = sawMarkup ? text.replace(/[\t\n\f\r ]+/g, ' ') : text;
  const decoded = decodeEntities(flowed.replaceAll(BREAK, '\n'));
  // A CDATA section that reached us entity-escaped shows up only now.
  return tidyWhitespace(decoded.replace(CDATA_MARKER, ''));
}

function stripMarkup(html: string): { text: string; sawMarkup: boolean } {
  // Past the last `>` no tag can close: every `<` there is text (keeps broken input linear).
  const lastGt = html.lastIndexOf('>');
  let out = '';
  let sawMarkup = false;
  let pos = 0;
  let lt: number;
  while ((lt = html.indexOf('<', pos)) !== -1) {
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

function tidyWhitespace(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
