/**
 * Bytes → text for feeds. Order of evidence:
 *  1. a BOM (UTF-8 / UTF-16LE / UTF-16BE) — the only unambiguous signal, so it wins;
 *  2. bytes that are valid UTF-8 stay UTF-8 whatever is declared (Miniflux's
 *     rule: feeds declaring ISO-8859-1 or EUC-KR while sending UTF-8 are common);
 *  3. the Content-Type `charset=`, then the XML declaration `encoding="…"`;
 *  4. nothing usable declared: cp949 if the bytes decode cleanly as cp949
 *     (undeclared EUC-KR is the usual case for Korean sites, korean.md §1),
 *     else UTF-8 with replacement characters.
 * Decoding uses iconv-lite: Node's TextDecoder('euc-kr') garbles CP949
 * extension syllables such as 똠 and 뷁, and rejects the label 'cp949'.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface DetectedCharset {
  /** iconv-lite encoding name used to decode. */
  encoding: string;
  /** Which rule picked it. */
  source: 'bom' | 'valid-utf8' | 'content-type' | 'xml-declaration' | 'utf16-sniff' | 'cp949-sniff' | 'default';
}

/** WHATWG Encoding: these labels mean windows-1252 on the web; Korean labels all mean cp949. */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'euc-kr': 'cp949',
  'x-euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'x-windows-949': 'cp949',
  'windows-949': 'cp949',
};

/** Normalised, known-to-iconv encoding for a charset label; undefined for unknown labels. */
export function resolveCharsetLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const name = LABEL_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : undefined;
}

function bomEncoding(buf: Uint8Array): string | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** `<?` in UTF-16 without a BOM (XML 1.0 Appendix F). */
function utf16Sniff(buf: Uint8Array): string | undefined {
  if (buf[0] === 0x3c && buf[1] === 0x00 && buf[2] === 0x3f && buf[3] === 0x00) return 'utf-16le';
  if (buf[0] === 0x00 && buf[1] === 0x3c && buf[2] === 0x00 && buf[3] === 0x3f) return 'utf-16be';
  return undefined;
}

function contentTypeCharset(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
}

function xmlDeclarationEncoding(buf: Uint8Array): string | undefined {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 1024)).toString('latin1');
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
}

/** Text with NUL bytes is not UTF-8 text even if the bytes are well-formed (it is UTF-16). */
function isUtf8Text(buf: Buffer): boolean {
  return isUtf8(buf) && !buf.includes(0);
}

export function detectCharset(bytes: Uint8Array, contentType: string | null | undefined): DetectedCharset {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomEncoding(buf);
  if (bom) return { encoding: bom, source: 'bom' };
  const sniffed16 = utf16Sniff(buf);
  if (sniffed16) return { encoding: sniffed16, source: 'utf16-sniff' };
  if (isUtf8Text(buf)) return { encoding: 'utf-8', source: 'valid-utf8' };

  const fromHeader = resolveCharsetLabel(contentTypeCharset(contentType));
  if (fromHeader && fromHeader !== 'utf-8' && fromHeader !== 'utf8') return { encoding: fromHeader, source: 'content-type' };
  const fromProlog = resolveCharsetLabel(xmlDeclarationEncoding(buf));
  if (fromProlog && fromProlog !== 'utf-8' && fromProlog !== 'utf8') return { encoding: fromProlog, source: 'xml-declaration' };

  // Declared UTF-8 (or nothing, or an unknown label) but not valid UTF-8.
  if (!iconv.decode(buf, 'cp949').includes('\uFFFD')) return { encoding: 'cp949', source: 'cp949-sniff' };
  return { encoding: 'utf-8', source: 'default' };
}

/** Decodes a feed body to a string (BOM removed) using the rules above. */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null | undefined): string {
  const { encoding, source } = detectCharset(bytes, contentType);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The common case: valid UTF-8 with no BOM (a BOM is rule 1). Node's own
  // decoder yields the same string as iconv-lite without its stream wrapper.
  if (source === 'valid-utf8') return buf.toString('utf8');
  const text = iconv.decode(buf, encoding, { stripBOM: true });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
