/**
 * @mozilla/readability as the generic body finder, with the guards linkedom
 * needs. Readability's own `maxElemsToParse` counts getElementsByTagName('*'),
 * which linkedom 0.18 answers with an empty list, so the limit never fires;
 * and its cost grows with the square of the nesting depth (1,000 nested divs:
 * 1.4 s; 3,000: a stack overflow or tens of seconds). Pages over either limit
 * are refused before Readability sees them. News pages hold a few thousand
 * elements nested a few dozen deep; deeper trees come from unclosed tags.
 */
import { Readability } from '@mozilla/readability';

export const MAX_READABILITY_ELEMENTS = 30_000;
export const MAX_READABILITY_DEPTH = 300;

/** Readability is typed against the DOM lib, which this project does not load; linkedom's document fits at run time. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface ShapeNode {
  children: ArrayLike<ShapeNode>;
}

/** True when the tree under `root` stays within both limits (walked without recursion). */
export function withinReadabilityLimits(root: ShapeNode): boolean {
  let elements = 0;
  const stack: Array<[ShapeNode, number]> = [[root, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > MAX_READABILITY_DEPTH) return false;
    const { children } = node;
    elements += children.length;
    if (elements > MAX_READABILITY_ELEMENTS) return false;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child !== undefined) stack.push([child, depth + 1]);
    }
  }
  return true;
}

export interface ReadabilityResult<E> {
  /** The element Readability chose (its own wrapper around the article). */
  element: E;
  title: string | undefined;
}

/**
 * Runs Readability on `document` (which it modifies) and returns the chosen
 * element, or undefined when it finds nothing or the page is over the limits.
 * Readability may throw; the caller guards.
 */
export function readabilityBody<E>(document: ShapeNode): ReadabilityResult<E> | undefined {
  if (!withinReadabilityLimits(document)) return undefined;
  const parsed = new Readability<E>(document as unknown as ReadabilityDocument, {
    serializer: (node) => node as unknown as E, // the element itself, to walk it like a selector match
  }).parse();
  if (parsed?.content === null || parsed?.content === undefined) return undefined;
  return { element: parsed.content, title: parsed.title?.trim() || undefined };
}
