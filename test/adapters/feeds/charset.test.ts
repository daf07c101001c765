import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, detectCharset, resolveCharsetLabel } from '../../../src/adapters/feeds/charset.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const KOREAN = '엔비디아 똠 뷁 샾';
const xmlIn = (encodingDecl: string | undefined, body = KOREAN) =>
  `${encodingDecl ? `<?xml version="1.0" encoding="${encodingDecl}"?>` : ''}<rss><channel><title>${body}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('decodes the EUC-KR fixture declared only in the XML prolog, CP949 extension syllables included', () => {
    const bytes = fixture('euc-kr.xml');
    expect(isUtf8(bytes)).toBe(false); // the fixture really is legacy bytes
    const text = decodeFeedBytes(bytes, 'application/rss+xml');
    expect(text).toContain('엔비디아, 차세대 GPU 공개… 똠방각하도 뷁');
    expect(text).toContain('똠양꿍 가격 인상에 소비자 "뷁"');
    expect(text).not.toContain('\uFFFD');
  });

  it.each(['euc-kr', 'EUC-KR', 'cp949', 'ks_c_5601-1987', 'windows-949'])('decodes cp949 bytes labelled %s in Content-Type', (label) => {
    const bytes = iconv.encode(xmlIn(undefined), 'cp949');
    expect(decodeFeedBytes(bytes, `text/xml; charset=${label}`)).toContain(KOREAN);
  });

  it('prefers the Content-Type charset to the XML declaration', () => {
    const bytes = iconv.encode(xmlIn('windows-1252'), 'cp949');
    expect(decodeFeedBytes(bytes, 'text/xml; charset="EUC-KR"')).toContain(KOREAN);
  });

  it('keeps valid UTF-8 as UTF-8 when the feed declares ISO-8859-1', () => {
    const bytes = fixture('utf8-declares-latin1.xml');
    const text = decodeFeedBytes(bytes, 'application/rss+xml; charset=ISO-8859-1');
    expect(text).toContain('네이버클라우드, 하이퍼클로바X 공개 — café 메뉴 추천도');
  });

  it('decodes valid UTF-8 held in a view into a larger buffer', () => {
    const whole = Buffer.from('XX<rss>엔비디아 똠</rss>YY');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4);
    expect(decodeFeedBytes(view, 'text/xml; charset=utf-8')).toBe('<rss>엔비디아 똠</rss>');
  });

  it('keeps valid UTF-8 as UTF-8 when the prolog declares EUC-KR', () => {
    const bytes = Buffer.from(xmlIn('euc-kr'), 'utf8');
    expect(decodeFeedBytes(bytes, undefined)).toContain(KOREAN);
  });

  it('reads ISO-8859-1 as windows-1252 when the bytes are not UTF-8 (WHATWG label mapping)', () => {
    const bytes = Buffer.from([...Buffer.from('<rss><title>caf'), 0xe9, 0x20, 0x93, 0x71, 0x94, ...Buffer.from('</title></rss>')]);
    expect(decodeFeedBytes(bytes, 'text/xml; charset=iso-8859-1')).toBe('<rss><title>café “q”</title></rss>');
  });

  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], 'utf8'],
    ['utf-16le', [0xff, 0xfe], 'utf-16le'],
    ['utf-16be', [0xfe, 0xff], 'utf-16be'],
  ] as const)('honours a %s BOM and strips it', (_name, bom, enc) => {
    const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(xmlIn(undefined), enc)]);
    const text = decodeFeedBytes(bytes, 'text/xml; charset=euc-kr');
    expect(text.startsWith('<rss>')).toBe(true);
    expect(text).toContain(KOREAN);
  });

  it('recognises UTF-16 without a BOM from the first characters', () => {
    const bytes = iconv.encode(xmlIn('UTF-16'), 'utf-16le');
    expect(decodeFeedBytes(bytes, undefined)).toContain(KOREAN);
  });

  it('falls back to UTF-8 for an unknown label', () => {
    const bytes = Buffer.from(xmlIn('x-made-up'), 'utf8');
    expect(decodeFeedBytes(bytes, 'text/xml; charset=x-bogus')).toContain(KOREAN);
  });

  it('reads undeclared non-UTF-8 Korean bytes as cp949 when they decode cleanly', () => {
    const bytes = iconv.encode(xmlIn(undefined), 'cp949');
    expect(detectCharset(bytes, 'text/xml').source).toBe('cp949-sniff');
    expect(decodeFeedBytes(bytes, 'text/xml')).toContain(KOREAN);
  });

  it('decodes broken bytes as UTF-8 with replacement characters rather than failing', () => {
    const bytes = Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x20, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeFeedBytes(bytes, undefined)).toBe('<a>\uFFFD </a>');
  });
});

describe('resolveCharsetLabel', () => {
  it.each([
    ['EUC-KR', 'cp949'],
    ['"ks_c_5601-1987"', 'cp949'],
    ['ISO-8859-1', 'windows-1252'],
    ['UTF-8', 'utf-8'],
    ['nonsense', undefined],
    [undefined, undefined],
  ])('maps %j to %j', (label, expected) => {
    expect(resolveCharsetLabel(label)).toBe(expected);
  });
});
