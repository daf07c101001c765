/**
 * Bytes → text for HTML article pages. The feed decoder (feeds/charset.ts)
 * reads the Content-Type and the XML declaration but not HTML meta tags, so
 * this adds the meta step and hands the result over as a content type:
 *   1. a Content-Type header with a charset is used as sent;
 *   2. else `<meta charset=…>` or `<meta http-equiv="Content-Type"
 *      content="…charset=…">` within the first 2 KB;
 *   3. else decodeFeedBytes' own sniffing (BOM, valid UTF-8, cp949).
 * decodeFeedBytes still keeps bytes that are valid UTF-8 as UTF-8 whatever
 * is declared, and decodes EUC-KR labels as cp949 (so 똠 and 뷁 survive).
 */
import { decodeFeedBytes } from '../feeds/charset.ts';

/**
 * How far to look for a meta charset. The HTML standard's prescan reads
 * 1024 bytes; Korean pages often put long comments and scripts first, so 2 KB.
 */
const META_SCAN_BYTES = 2048;

/** A meta tag; a `>` inside a quoted value does not end it. */
const META_TAG = /<meta(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
/** One attribute, its value consumed whole, so words inside a quoted value are never read as names. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?([^"';\s]+)/i;

function attributes(inside: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of inside.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    // The first occurrence wins, as in the HTML tokenizer.
    if (name !== undefined && !attrs.has(name)) attrs.set(name, (m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return attrs;
}

/**
 * The charset label a page declares in a meta tag near its start, if any.
 * A UTF-16 label is read as UTF-8, as the HTML standard says: a page whose
 * meta tag could be read as ASCII is not UTF-16.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES)).toString('latin1');
  for (const [, inside = ''] of head.matchAll(META_TAG)) {
    const attrs = attributes(inside);
    let label = attrs.get('charset') || undefined;
    if (label === undefined && attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      label = CHARSET_IN_CONTENT.exec(attrs.get('content') ?? '')?.[1];
    }
    if (label !== undefined) return /^utf-?16/i.test(label) ? 'utf-8' : label;
  }
  return undefined;
}

function hasCharset(contentType: string | null | undefined): boolean {
  return /;\s*charset\s*=/i.test(contentType ?? '');
}

/** The content type to decode with: the header's if it names a charset, else one built from the meta tag. */
export function effectiveContentType(bytes: Uint8Array, contentType: string | null | undefined): string | undefined {
  if (hasCharset(contentType)) return contentType ?? undefined;
  const label = metaCharset(bytes);
  if (label === undefined) return contentType ?? undefined;
  const mime = contentType?.split(';')[0]?.trim() || 'text/html';
  return `${mime}; charset=${label}`;
}

export function decodePageBytes(bytes: Uint8Array, contentType: string | null | undefined): string {
  return decodeFeedBytes(bytes, effectiveContentType(bytes, contentType));
}
