/**
 * What kind of document a decoded body is, from its first markup, before any
 * XML parsing: so an HTML page (a moved feed, a login or error page served
 * with 200) is reported as "not a feed" instead of as an XML syntax error.
 */

export type DocumentKind =
  | { kind: 'feed'; root: 'rss' | 'atom' | 'rdf' }
  | { kind: 'html' }
  | { kind: 'json' }
  | { kind: 'empty' }
  | { kind: 'other'; root?: string | undefined };

const PROLOG_NOISE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;
const DOCTYPE = /^<!DOCTYPE\s+([^\s>[]+)(?:[^>[]*(?:\[[\s\S]*?\])?)?[^>]*>/i;
const ROOT = /^<([A-Za-z_][\w.:-]*)/;

export function sniffDocument(text: string): DocumentKind {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.trim() === '') return { kind: 'empty' };
  s = s.replace(PROLOG_NOISE, '');
  if (/^[[{]/.test(s)) return { kind: 'json' };

  const doctype = DOCTYPE.exec(s);
  if (doctype) {
    if (doctype[1]?.toLowerCase() === 'html') return { kind: 'html' };
    s = s.slice(doctype[0].length).replace(PROLOG_NOISE, '');
  }
  const root = ROOT.exec(s)?.[1];
  if (root === undefined) return { kind: 'other' };
  const local = root.toLowerCase().replace(/^.*:/, '');
  if (local === 'rss') return { kind: 'feed', root: 'rss' };
  if (local === 'feed') return { kind: 'feed', root: 'atom' };
  if (local === 'rdf') return { kind: 'feed', root: 'rdf' };
  if (local === 'html' || local === 'head' || local === 'body') return { kind: 'html' };
  return { kind: 'other', root };
}
