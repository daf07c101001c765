import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePageBytes, effectiveContentType, metaCharset } from '../../../src/adapters/article-page/page-charset.ts';
import { decodeFeedBytes } from '../../../src/adapters/feeds/charset.ts';

const ascii = (s: string) => Buffer.from(s, 'latin1');

describe('metaCharset', () => {
  it.each([
    ['<meta charset="euc-kr">', 'euc-kr'],
    ["<meta charset='EUC-KR' />", 'EUC-KR'],
    ['<meta charset=ks_c_5601-1987>', 'ks_c_5601-1987'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', 'euc-kr'],
    ['<META HTTP-EQUIV=content-type CONTENT="text/html;charset=x-windows-949">', 'x-windows-949'],
    ['<meta content="text/html; charset=euc-kr" http-equiv="Content-Type">', 'euc-kr'],
  ])('reads %s', (tag, label) => {
    expect(metaCharset(ascii(`<!DOCTYPE html><html><head>${tag}<title>t</title></head>`))).toBe(label);
  });

  it('ignores a charset inside the content of a meta tag that is not http-equiv Content-Type', () => {
    expect(metaCharset(ascii('<head><meta name="description" content="set charset=euc-kr in the header"></head>'))).toBeUndefined();
  });

  it('looks only at the first 2 KB', () => {
    expect(metaCharset(ascii(`<head><!--${'x'.repeat(2100)}--><meta charset="euc-kr"></head>`))).toBeUndefined();
    expect(metaCharset(ascii(`<head><!--${'x'.repeat(1900)}--><meta charset="euc-kr"></head>`))).toBe('euc-kr');
  });

  it('reads a UTF-16 label as UTF-8, since the tag itself was readable as ASCII', () => {
    expect(metaCharset(ascii('<meta charset="utf-16le">'))).toBe('utf-8');
  });
});

describe('effectiveContentType', () => {
  const page = ascii('<html><head><meta charset="euc-kr"></head></html>');

  it('keeps a header that names a charset, even when a meta tag says otherwise', () => {
    expect(effectiveContentType(page, 'text/html; charset=UTF-8')).toBe('text/html; charset=UTF-8');
  });

  it('adds the meta charset to a header without one, or stands in for a missing header', () => {
    expect(effectiveContentType(page, 'text/html')).toBe('text/html; charset=euc-kr');
    expect(effectiveContentType(page, undefined)).toBe('text/html; charset=euc-kr');
  });
});

describe('decodePageBytes', () => {
  it('decodes an EUC-KR page declared only in <meta charset>, CP949 syllables 똠 and 뷁 included', () => {
    const source = readFileSync(new URL('../../fixtures/pages/euc-kr-meta.html', import.meta.url), 'utf8');
    const bytes = iconv.encode(source, 'cp949');
    expect(decodePageBytes(bytes, 'text/html')).toBe(source);
  });

  it('uses the meta charset where sniffing alone would guess wrong', () => {
    const bytes = iconv.encode('<html><head><meta charset="windows-1252"></head><body>café crème</body></html>', 'windows-1252');
    expect(decodeFeedBytes(bytes, 'text/html')).toContain('\uFFFD'); // the bytes alone do not say it
    expect(decodePageBytes(bytes, 'text/html')).toContain('café crème');
  });

  it('keeps valid UTF-8 as UTF-8 even when the meta tag says EUC-KR', () => {
    const text = '<html><head><meta charset="euc-kr"></head><body>엔비디아</body></html>';
    expect(decodePageBytes(Buffer.from(text, 'utf8'), undefined)).toBe(text);
  });
});
