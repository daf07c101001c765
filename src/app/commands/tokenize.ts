/**
 * Splits slash-command text into words. Quotes ("…", “…”, '…') keep a
 * multi-word keyword together: keywords add physical-ai "피지컬 AI" 물리AI.
 */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '”', "'": "'", '‘': '’' };

export function tokenize(text: string): { tokens: string[] } | { error: string } {
  const tokens: string[] = [];
  let i = 0;
  const s = text.normalize('NFC');
  while (i < s.length) {
    const ch = s[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const close = QUOTES[ch];
    if (close) {
      const end = s.indexOf(close, i + 1);
      if (end < 0) return { error: `unclosed quote ${ch}` };
      const word = s.slice(i + 1, end).trim();
      if (word) tokens.push(word);
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j] as string)) j++;
    tokens.push(s.slice(i, j));
    i = j;
  }
  return { tokens };
}
