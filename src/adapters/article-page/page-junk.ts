/**
 * Parts of a news page that are never article text, removed from the DOM
 * before text is taken: code, embeds, forms, navigation, figures with their
 * captions, asides, related-article boxes and hidden elements.
 *
 * The class and id patterns (`related`, `relation`, `caption`) are best-known guesses
 * from Korean news markup (notes/korean.md §5), not verified on live pages;
 * cleanBoilerplate still drops caption and "관련기사" lines that slip through.
 * `header` is not removed: one left unclosed in broken markup would swallow
 * the whole body.
 */

/** Elements whose content is never body text. */
const JUNK_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas',
  // readability PR #742: an SVG className crashed it on linkedom; SVG holds no article text anyway.
  'svg', 'math', 'form', 'button', 'select', 'textarea', 'nav', 'aside', 'footer', 'figure', 'figcaption',
];

/** Related-article lists, photo captions and hidden blocks, by their usual class, id or attribute. */
const JUNK_PATTERNS = [
  // related_news, art_relation, relate-list…; not a bare "relat", which would hit Tailwind's "relative".
  '[class*="related"]', '[id*="related"]', '[class*="relation"]', '[id*="relation"]',
  '[class*="relate_"]', '[class*="relate-"]',
  '[class*="caption"]', '[id*="caption"]',
  '[hidden]', '[aria-hidden="true"]', '[style*="display:none"]', '[style*="display: none"]',
];

export const JUNK_SELECTOR = [...JUNK_ELEMENTS, ...JUNK_PATTERNS].join(', ');

/** The DOM surface used here; linkedom and browser elements both fit. */
export interface RemovableElement {
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}

/** Removes every junk element under `root` (not `root` itself). */
export function removeJunk(root: RemovableElement): void {
  for (const el of [...root.querySelectorAll(JUNK_SELECTOR)]) el.remove();
}
