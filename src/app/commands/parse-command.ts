/** Parses /news text into a Command, or a short usage error. Never throws. */
import { parseDuration } from '../../core/time/duration.ts';
import type { Command } from './command.ts';
import { tokenize } from './tokenize.ts';

export type Parsed = { ok: true; command: Command } | { ok: false; error: string; usage: string };

const err = (error: string, usage: string): Parsed => ({ ok: false, error, usage });
const ok = (command: Command): Parsed => ({ ok: true, command });

const DEFAULT_SEARCH_MS = 7 * 86_400_000;

export function parseCommand(text: string): Parsed {
  const t = tokenize(text);
  if ('error' in t) return err(t.error, 'keywords add <주제> "피지컬 AI"');
  const [head, ...rest] = t.tokens;
  const verb = head?.toLowerCase();
  const sub = rest[0]?.toLowerCase();
  switch (verb) {
    case undefined:
    case 'help':
      return ok({ name: 'help' });
    case 'search': {
      let sinceMs = DEFAULT_SEARCH_MS;
      let page = 1;
      const words: string[] = [];
      for (const w of rest) {
        if (/^\d+(m|h|d)$/i.test(w)) sinceMs = parseDuration(w.toLowerCase());
        else if (/^p\d+$/i.test(w)) page = Math.max(1, Number(w.slice(1)));
        else words.push(w);
      }
      if (words.length === 0) return err('what should I search for?', 'search <검색어> [7d] [p2]');
      return ok({ name: 'search', query: words.join(' '), sinceMs, page });
    }
    case 'topics':
    case 'topic':
      if (sub === undefined || sub === 'list') return ok({ name: 'topics' });
      if (sub === 'add') {
        const [, topic, ...keywords] = rest;
        if (!topic || keywords.length === 0) return err('give a topic name and at least one keyword', 'topics add <주제> <키워드…>');
        return ok({ name: 'topics-add', topic, keywords });
      }
      if (sub === 'remove' || sub === 'rm') {
        if (!rest[1] || rest.length > 2) return err('give one topic name', 'topics remove <주제>');
        return ok({ name: 'topics-remove', topic: rest[1] });
      }
      return err(`unknown topics command "${rest[0]}"`, 'topics | topics add <주제> <키워드…> | topics remove <주제>');
    case 'keywords':
    case 'keyword':
      if (sub === 'add') {
        const [, topic, ...keywords] = rest;
        if (!topic || keywords.length === 0) return err('give a topic and at least one keyword', 'keywords add <주제> <키워드…>');
        return ok({ name: 'keywords-add', topic, keywords });
      }
      if (sub === 'remove' || sub === 'rm') {
        const [, topic, ...keyword] = rest;
        if (!topic || keyword.length === 0) return err('give a topic and the keyword', 'keywords remove <주제> <키워드>');
        return ok({ name: 'keywords-remove', topic, keyword: keyword.join(' ') });
      }
      if (rest.length === 1 && rest[0]) return ok({ name: 'keywords', topic: rest[0] });
      return err('which topic?', 'keywords <주제> | keywords add <주제> <키워드…> | keywords remove <주제> <키워드>');
    case 'subscribe': {
      const [topic, mode, extra] = rest;
      if (!topic || extra !== undefined) return err('give one topic', 'subscribe <주제> [instant|digest]');
      if (mode !== undefined && mode !== 'instant' && mode !== 'digest') return err(`mode must be instant or digest, not "${mode}"`, 'subscribe <주제> [instant|digest]');
      return ok({ name: 'subscribe', topic, mode });
    }
    case 'unsubscribe':
      if (rest.length !== 1 || !rest[0]) return err('give one topic', 'unsubscribe <주제>');
      return ok({ name: 'unsubscribe', topic: rest[0] });
    case 'feeds':
    case 'feed':
      if (sub === undefined || sub === 'list') return ok({ name: 'feeds' });
      if (sub === 'add') {
        const [, url, ...name] = rest;
        if (!url || !/^https?:\/\/\S+$/i.test(url)) return err('give the feed URL (http or https)', 'feeds add <url> [이름]');
        return ok({ name: 'feeds-add', url, feedName: name.length ? name.join(' ') : undefined });
      }
      if (sub === 'remove' || sub === 'rm') {
        const feed = rest.slice(1).join(' ');
        if (!feed) return err('which feed?', 'feeds remove <이름>');
        return ok({ name: 'feeds-remove', feed });
      }
      return err(`unknown feeds command "${rest[0]}"`, 'feeds | feeds add <url> [이름] | feeds remove <이름>');
    case 'digest':
      if (sub === 'now' && rest.length === 1) return ok({ name: 'digest-now' });
      return err('did you mean "digest now"?', 'digest now');
    case 'status':
      return ok({ name: 'status' });
    default:
      return err(`unknown command "${head}"`, 'help');
  }
}
