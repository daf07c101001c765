/** Public surface of the feed adapter: the FeedSource and the reusable pieces. */
export { createHttpFeedSource, DEFAULT_MAX_REDIRECTS, type HttpFeedSourceOptions } from './http-feed-source.ts';
export { fetchFeedBytes, type HttpFetchOptions, type HttpFetchResult } from './http-fetch.ts';
export { decodeFeedBytes, detectCharset, resolveCharsetLabel, type DetectedCharset } from './charset.ts';
export { parseFeedXml, escapeBareAmpersands, type ParseFeedOptions, type ParsedFeed } from './parse-feed.ts';
export { parseRetryAfter } from './retry-after.ts';
