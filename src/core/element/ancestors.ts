// Walks up from an element through shadow-root boundaries to find the nearest attribute value.

export function closestAttribute(start: Element, name: string): string | null {
  let node: Element | null = start;
  while (node) {
    if (node.hasAttribute(name)) return node.getAttribute(name);
    const root: Node = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}
