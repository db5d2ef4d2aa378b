/**
 * The lab's plots as one picture: a heading, the legend of the curves drawn, then the loss and
 * gradient charts (and the close-up when shown) copied from the page with their styles, so the
 * SVG is the screen's, text as text; loaded only when a picture is asked for.
 */
import type { VectorPicture } from '../../components/export/exportable';
import { SCENE } from '../../components/export/scene';
import { snapshotSvg } from '../../components/export/svgSnapshot';
import type { LossCurve } from '../../url/schema';
import { CURVE_STYLES, curveLabel } from './curveStyles';
import { t } from '../../i18n/i18n';
import { columns, wrapColumns } from './columns';
import type { LossSettings } from './lossModel';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const LEGEND_ROW = 22;
const SAMPLE = 30;
/** Width of a character of the 13 px legend, for wrapping it (generous: text never overlaps; a
 * Chinese character counts two). */
const CHAR = 7.4;
/** The same for the 16 px bold heading. */
const HEADING_CHAR = 9.8;

function element(name: string, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The legend's items in rows that fit `width`: where each sample and label starts. */
function legendLayout(labels: string[], width: number) {
  let x = PAD;
  let row = 0;
  return labels.map((label) => {
    const span = SAMPLE + 6 + columns(label) * CHAR + 18;
    if (x > PAD && x + span > width - PAD) {
      x = PAD;
      row += 1;
    }
    const at = { x, row };
    x += span;
    return at;
  });
}

/**
 * @param root the element holding the charts (`svg.loss-chart`) and the close-up's caption
 * @param settings β, σ, δ as shown
 * @param show the curves drawn
 */
export function plotPicture(
  root: HTMLElement,
  settings: LossSettings,
  show: readonly LossCurve[],
): VectorPicture {
  const charts = [...root.querySelectorAll<SVGSVGElement>('svg.loss-chart')];
  const width = Math.max(320, ...charts.map((c) => Number(c.getAttribute('width')) || 0));
  // In the legend's order.
  const curves = (Object.keys(CURVE_STYLES) as LossCurve[]).filter(
    (id) => show.includes(id) && (id !== 'misprint' || Number.isFinite(settings.sigma)),
  );
  const heading = t('smoothl1.picture.heading', { curve: curveLabel('sl1', settings) });
  const svg = element('svg', { 'font-family': SCENE.font });
  svg.append(element('title', {}, heading));
  const background = element('rect', { width: '100%', height: '100%', fill: SCENE.background });
  svg.append(background);
  // On a narrow chart (a phone) the heading and the caption take more lines.
  const lines = wrapColumns(heading, (width - 2 * PAD) / HEADING_CHAR);
  lines.forEach((text, k) =>
    svg.append(
      element(
        'text',
        { x: PAD, y: PAD + 16 + 21 * k, 'font-size': 16, 'font-weight': 700, fill: '#1b1f24' },
        text,
      ),
    ),
  );

  const labels = curves.map((id) => curveLabel(id, settings));
  const places = legendLayout(labels, width);
  const legendTop = PAD + 30 + 21 * (lines.length - 1);
  const legend = element('g', { 'data-part': 'legend' });
  curves.forEach((id, k) => {
    const style = CURVE_STYLES[id];
    const y = legendTop + places[k].row * LEGEND_ROW + LEGEND_ROW / 2;
    const line: Record<string, string | number> = {
      x1: places[k].x,
      x2: places[k].x + SAMPLE,
      y1: y,
      y2: y,
      stroke: style.color,
      'stroke-width': style.width,
    };
    if (style.dash) line['stroke-dasharray'] = style.dash;
    legend.append(element('line', line));
    legend.append(
      element(
        'text',
        { x: places[k].x + SAMPLE + 6, y: y + 4.5, 'font-size': 13, fill: '#1b1f24' },
        labels[k],
      ),
    );
  });
  svg.append(legend);

  const rows = curves.length ? Math.max(...places.map((p) => p.row)) + 1 : 0;
  let y = legendTop + rows * LEGEND_ROW + 8;
  const caption = root.querySelector('[data-testid="closeup-caption"]')?.textContent ?? '';
  charts.forEach((chart, k) => {
    if (k === 2 && caption) {
      y += 8;
      for (const line of wrapColumns(caption, (width - 2 * PAD) / CHAR)) {
        svg.append(element('text', { x: PAD, y: y + 14, 'font-size': 13, fill: '#4f5965' }, line));
        y += 18;
      }
      y += 4;
    }
    const group = snapshotSvg(chart, '.probe-handle');
    group.setAttribute('transform', `translate(0,${y})`);
    group.setAttribute('data-part', chart.getAttribute('aria-label') ?? 'chart');
    svg.append(group);
    y += Number(chart.getAttribute('height')) || 0;
  });
  const height = Math.ceil(y + PAD);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`,
    width,
    height,
  };
}
