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

const META_TAG = /<meta\b[^>]*>/gi;
const CHARSET_ATTR = /[\s"'/]charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))/i;
const HTTP_EQUIV_CONTENT_TYPE = /[\s"'/]http-equiv\s*=\s*["']?content-type\b/i;
const CONTENT_ATTR = /[\s"'/]content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?([^"';\s]+)/i;

function attrValue(match: RegExpExecArray | null): string | undefined {
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.trim() || undefined;
}

/**
 * The charset label a page declares in a meta tag near its start, if any.
 * A UTF-16 label is read as UTF-8, as the HTML standard says: a page whose
 * meta tag could be read as ASCII is not UTF-16.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES)).toString('latin1');
  for (const [tag] of head.matchAll(META_TAG)) {
    let label = attrValue(CHARSET_ATTR.exec(tag));
    if (label === undefined && HTTP_EQUIV_CONTENT_TYPE.test(tag)) {
      const content = attrValue(CONTENT_ATTR.exec(tag));
      label = content === undefined ? undefined : CHARSET_IN_CONTENT.exec(content)?.[1];
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
