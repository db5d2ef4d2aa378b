/**
 * Makes `target`'s children the same as `source`'s by changing only what differs: the same
 * element in the same place keeps its node (its attributes and children brought in line), a
 * changed text keeps its node and takes the new text, and only what differs in kind or tag is
 * moved over from `source` (which is left with what was not). A formula whose numbers change
 * (KaTeX lays out `o = 15` as it laid out `o = 16`) then changes a few texts instead of putting
 * a new tree in the page, which the browser would style, lay out and paint again whole.
 */
export function morphChildren(target: Node, source: Node): void {
  const next = [...source.childNodes];
  const before = [...target.childNodes];
  next.forEach((node, at) => {
    const old = before[at];
    if (!old) target.appendChild(node);
    else if (!morphNode(old, node)) target.replaceChild(node, old);
  });
  for (const extra of before.slice(next.length)) target.removeChild(extra);
}

/** Brings `old` in line with `node` in place; false when it is another kind of node. */
function morphNode(old: Node, node: Node): boolean {
  if (old.nodeType !== node.nodeType) return false;
  if (node instanceof Element) {
    if (!(old instanceof Element)) return false;
    if (old.namespaceURI !== node.namespaceURI || old.localName !== node.localName) return false;
    for (const { name } of [...old.attributes])
      if (!node.hasAttribute(name)) old.removeAttribute(name);
    for (const { name, value } of node.attributes) {
      if (old.getAttribute(name) === value) continue;
      // A style is copied through the object model: the page's policy refuses style attributes.
      if (name === 'style' && hasStyle(old) && hasStyle(node))
        old.style.cssText = node.style.cssText;
      else old.setAttribute(name, value);
    }
    morphChildren(old, node);
    return true;
  }
  if (old.nodeValue !== node.nodeValue) old.nodeValue = node.nodeValue;
  return true;
}

const hasStyle = (element: Element): element is Element & ElementCSSInlineStyle =>
  'style' in element;
