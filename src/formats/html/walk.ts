import { isElement, isText } from './page.js';

export interface Visitor {
  /** Whether to leave an element and everything in it out. */
  skip(el: Element): boolean;
  enter(el: Element): void;
  exit(el: Element): void;
  text(node: Text): void;
}

/**
 * Visits the descendants of `root` in document order without recursion: a page nested ten thousand elements deep
 * must not exhaust the stack.
 */
export function walk(root: Node, visitor: Visitor): void {
  let n: Node | null = root.firstChild;
  while (n) {
    if (isElement(n) && !visitor.skip(n)) {
      visitor.enter(n);
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
      visitor.exit(n);
    } else if (isText(n)) visitor.text(n);
    while (n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (!n) return;
      if (n !== root && isElement(n)) visitor.exit(n);
    }
    if (n === root) return;
    n = n.nextSibling;
  }
}
