/**
 * Text folding for article search, shared by every Store implementation so
 * they agree on what "contains this word" means.
 *
 * Rule: both the stored text and the query are lower-cased and NFC-normalised
 * in JavaScript, then matched as plain substrings. Doing it here rather than
 * in SQL matters because SQLite's LIKE folds case for ASCII only, and because
 * decomposed (NFD) Hangul does not contain its NFC spelling
 * (/work/shared/notes/korean.md). Substring search keeps Korean particles
 * working: "엔비디아" is found in "엔비디아가".
 */

/** Lower-cased, NFC form used on both sides of a comparison. */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFC');
}

/**
 * What an article is searched by: title and summary, folded. The newline
 * separator cannot occur inside a query word (words are split on whitespace),
 * so no word can match across the title/summary boundary.
 */
export function articleSearchText(title: string, summary: string): string {
  return foldForSearch(`${title}\n${summary}`);
}

/** The query's words, folded; each must occur for an article to match. Empty = match all. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/\s+/u)
    .filter((word) => word.length > 0);
}

/** Whether every one of `words` (from searchWords) occurs in the article's title or summary. */
export function containsAllWords(title: string, summary: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = articleSearchText(title, summary);
  return words.every((word) => text.includes(word));
}
