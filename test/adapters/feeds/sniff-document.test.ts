import { describe, expect, it } from 'vitest';
import { sniffDocument } from '../../../src/adapters/feeds/sniff-document.ts';

describe('sniffDocument', () => {
  it.each([
    ['\uFEFF<?xml version="1.0"?>\n<!-- generated --><rss version="2.0"/>', { kind: 'feed', root: 'rss' }],
    ['<feed xmlns="http://www.w3.org/2005/Atom"/>', { kind: 'feed', root: 'atom' }],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>', { kind: 'feed', root: 'atom' }],
    ['<rdf:RDF xmlns:rdf="x"/>', { kind: 'feed', root: 'rdf' }],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x"><rss version="0.91"/>', { kind: 'feed', root: 'rss' }],
    ['<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>', { kind: 'feed', root: 'rss' }],
    ['<!doctype html><html><body/></html>', { kind: 'html' }],
    ['  <HTML lang="ko">', { kind: 'html' }],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', { kind: 'html' }],
    ['[1,2]', { kind: 'json' }],
    ['  \n ', { kind: 'empty' }],
    ['<opml version="2.0"/>', { kind: 'other', root: 'opml' }],
    ['hello', { kind: 'other' }],
  ])('classifies %j', (text, expected) => {
    expect(sniffDocument(text)).toEqual(expected);
  });
});
