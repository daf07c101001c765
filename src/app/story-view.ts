/** Builds the platform-neutral view of a stored article for messages. */
import { matchedTerms } from '../core/format/matched-terms.ts';
import type { StoryView } from '../core/message.ts';
import type { StoredArticle } from './ports.ts';

export function storyViewOf(article: StoredArticle): StoryView {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    feed: article.feed,
    published: article.published,
    topics: article.topics,
    keywords: matchedTerms(article.hits),
    facts: [],
    otherSources: [],
  };
}
