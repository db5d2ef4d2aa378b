/**
 * A self-contained copy of an SVG the page draws (a plot): every style the page's CSS gives
 * its elements written on them as presentation attributes, the page's own attributes (classes,
 * roles, focus) left out, so the copy looks the same in a browser, Inkscape or a slide.
 */
import { color } from 'd3-color';

/** Properties that change how SVG is painted, and their initial values (not written). */
const PAINT: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-opacity': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'paint-order': 'normal',
};
const FONT: Record<string, string> = {
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
/** Attributes of the page's that mean nothing in a picture. */
const PAGE_ATTRIBUTE = /^(class|style|role|tabindex|aria-.*|data-testid|focusable)$/;

/**
 * A computed value as an attribute's: `rgb(0, 114, 178)` as `#0072b2`, lengths without `px`
 * (`7px, 4px` as `7 4`: older SVG readers take only plain numbers); the rest as it is.
 */
function attributeValue(value: string): string {
  if (value.startsWith('rgb')) {
    const c = color(value);
    return c && c.opacity === 1 ? c.formatHex() : value;
  }
  return /^[\d.,\spx-]+$/.test(value) ? value.replace(/px/g, '').replace(/,\s*/g, ' ') : value;
}

function inline(source: Element, copy: Element) {
  const style = getComputedStyle(source);
  const isText = source instanceof SVGTextElement || source instanceof SVGTSpanElement;
  const props = isText ? { ...PAINT, ...FONT } : PAINT;
  for (const name of [...copy.getAttributeNames()])
    if (PAGE_ATTRIBUTE.test(name)) copy.removeAttribute(name);
  for (const [name, initial] of Object.entries(props)) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) copy.setAttribute(name, attributeValue(value));
  }
}

/**
 * A copy of `svg`'s content as a group, styles written out; elements matching `leave` (page
 * controls, hit areas) and those not displayed are left out.
 *
 * @param leave a selector of elements the picture leaves out
 */
export function snapshotSvg(svg: SVGSVGElement, leave: string): SVGGElement {
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  const copy = (source: Element, into: Element) => {
    if (source.matches(leave)) return;
    const style = getComputedStyle(source);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const clone = source.cloneNode(false) as Element;
    inline(source, clone);
    into.append(clone);
    for (const node of source.childNodes) {
      if (node instanceof Element) copy(node, clone);
      else if (node.nodeType === Node.TEXT_NODE) clone.append(node.cloneNode());
    }
  };
  for (const child of svg.children) copy(child, group);
  return group;
}
