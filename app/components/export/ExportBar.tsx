import { memo, useState, type RefObject } from 'react';
import { download } from './download';
import { rasterise } from './rasterise';
import { stageWords } from './stageWords';
import type { ExportFigure, Exportable, FigureSource } from './exportable';
import { ExportFailure, type ExportRequest } from './exportJob';
import { DEFAULT_TIMING } from './gifPlan';
import { useExportJob } from './useExportJob';
import { t } from '../../i18n/i18n';
import './export.css';

interface Props {
  /** The figure's pictures; without it only the links are offered. */
  exportable?: Exportable;
  /** The view's title (the iframe's title). */
  title: string;
  /** The state's query (`?view=conv&i=5…`) and the file name after it. */
  query: string;
  name: string;
  /** The element around the figure (its children are the figure's boxes). */
  figure: RefObject<HTMLElement | null>;
  /** Folded behind one line (phones), so the page stays short. */
  folded?: boolean;
}

const SCALES = [1, 2, 4];
const PLAYS = [
  { value: 0, label: () => t('common.export.forever') },
  { value: 1, label: () => t('common.export.once') },
  { value: 3, label: () => t('common.export.times', { n: 3 }) },
];
const FORMATS = { png: 'PNG', svg: 'SVG', gif: 'GIF' } as const;

/** The page's address for a query: where the app is served, this query. */
const addressOf = (query: string) => `${window.location.origin}${window.location.pathname}${query}`;

/**
 * Room an embedded figure takes besides its own boxes: `.embedded main`'s padding on both
 * sides (0.5rem each) and the "open in the explorer" line under it (0.4rem above, one line).
 */
const EMBED = { padding: 16, link: 34 };

/** Most frames a GIF is made of (a 64 × 64 output). */
const MAX_FRAMES = 4096;

/**
 * The figure as plain data for the worker: a stage with only what it draws (a view's model may
 * hold more, and functions), the animation built now, or the data its scenes are built from.
 */
async function plainFigure(
  figure: Exclude<FigureSource, { vector: unknown }>,
  step: number,
): Promise<ExportFigure> {
  if ('animation' in figure) return { animation: figure.animation(), step };
  if ('scenes' in figure) return { scenes: await figure.scenes(), step };
  if ('source' in figure) return { source: figure.source(), step };
  const { axes, overhang, padded, output, geometry, dropped, values, padValue, droppedWindow } =
    figure.stage;
  return {
    stage: { axes, overhang, padded, output, geometry, dropped, values, padValue, droppedWindow },
    options: { ...figure.options, words: stageWords(figure.stage, figure.options) },
    step,
  };
}

/**
 * Take the figure away: PNG (1×, 2×, 4×), SVG and an animated GIF of the state on screen,
 * named after it and drawn in a worker; the link, and an `<iframe>` of the figure alone.
 * Rendered again only when a prop changes.
 */
export const ExportBar = memo(function ExportBar({
  exportable,
  title,
  query,
  name,
  figure,
  folded = false,
}: Props) {
  const [scale, setScale] = useState(2);
  const [delay, setDelay] = useState(DEFAULT_TIMING.delay);
  const [plays, setPlays] = useState(DEFAULT_TIMING.plays);
  const [status, setStatus] = useState('');
  // 0: the figure's own GIF; n: its n-th other one.
  const [gifChoice, setGifChoice] = useState(0);
  const job = useExportJob();
  const others = exportable?.gifs ?? [];
  const animated =
    exportable !== undefined &&
    exportable.gif !== false &&
    (exportable.steps > 0 || others.length > 0);

  const save = async (format: keyof typeof FORMATS) => {
    if (!exportable) return;
    const other = format === 'gif' ? others[gifChoice - 1] : undefined;
    const frames = other ? other.steps : exportable.steps;
    if (format === 'gif' && frames > MAX_FRAMES) {
      return setStatus(t('common.export.tooManyFrames', { max: MAX_FRAMES, steps: frames }));
    }
    const file = `${name}${other ? `_${other.suffix}` : ''}${format === 'png' && scale !== 1 ? `@${scale}x` : ''}.${format}`;
    setStatus(t('common.export.drawing', { file }));
    try {
      const result = await picture(other ? other.source : exportable, format);
      if (!result) return setStatus(t('common.export.cancelled', { format: FORMATS[format] }));
      download(result.blob, file);
      const { width, height, frames } = result;
      setStatus(t('common.export.saved', { file, width, height, frames }));
    } catch (error) {
      const message =
        error instanceof ExportFailure
          ? t(`common.export.err.${error.reason}`)
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus(t('common.export.failed', { file, error: message }));
    }
  };
  /** The file: an SVG the page made (rasterised here for a PNG), or one drawn in the worker. */
  const picture = async (figure: FigureSource, format: keyof typeof FORMATS) => {
    if ('vector' in figure) {
      if (format === 'gif') throw new ExportFailure('noAnimation', 'this figure has no animation');
      const vector = await figure.vector();
      if (format === 'png') return rasterise(vector, scale);
      const blob = new Blob([vector.svg], { type: 'image/svg+xml' });
      return { blob, width: vector.width, height: vector.height, frames: 1 };
    }
    const plain = await plainFigure(figure, exportable?.step ?? 0);
    const request: ExportRequest =
      format === 'png'
        ? { figure: plain, format, scale }
        : format === 'svg'
          ? { figure: plain, format }
          : { figure: plain, format, timing: { ...DEFAULT_TIMING, delay, plays } };
    return job.start(request);
  };
  const copy = async (text: string, what: 'link' | 'embed') => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(`common.export.${what}Copied`));
    } catch {
      setStatus(t(`common.export.${what}Refused`, { text }));
    }
  };
  const copyEmbed = () => {
    // The iframe keeps the figure's shape: its size on screen, the embedded page's padding
    // around it (so the figure is laid out as wide as here) and the line linking back.
    const boxes = [...(figure.current?.children ?? [])].map((child) =>
      child.getBoundingClientRect(),
    );
    const top = Math.min(...boxes.map((box) => box.top));
    const bottom = Math.max(...boxes.map((box) => box.bottom));
    const width = Math.round(
      (Math.max(0, ...boxes.map((box) => box.width)) || 720) + EMBED.padding,
    );
    // Regions capped by the window's height here take their own cap in the frame.
    const capped = [...(figure.current?.querySelectorAll<HTMLElement>('[data-embed-max]') ?? [])];
    const grow = capped.reduce((sum, region) => {
      const border = region.offsetHeight - region.clientHeight;
      const embedded = Math.min(region.scrollHeight + border, Number(region.dataset.embedMax));
      return sum + Math.max(0, embedded - region.offsetHeight);
    }, 0);
    const height = Math.round(
      (boxes.length ? bottom - top : 480) + grow + EMBED.padding + EMBED.link,
    );
    const src = addressOf(`${query}&embed=1`).replace(/&/g, '&amp;');
    const safeTitle = title.replace(/[<>"&]/g, '');
    return copy(
      `<iframe src="${src}" title="${safeTitle}" width="${width}" height="${height}" style="width: 100%; max-width: ${width}px; height: auto; aspect-ratio: ${width} / ${height}; border: 0" loading="lazy"></iframe>`,
      'embed',
    );
  };

  const content = (
    <>
      {exportable && (
        <div className="export-group" role="group" aria-label={t('common.export.download')}>
          <button type="button" onClick={() => save('png')} data-testid="export-png">
            PNG
          </button>
          <label>
            {t('common.export.scale')}{' '}
            <select
              value={scale}
              onChange={(event) => setScale(Number(event.target.value))}
              data-testid="export-scale"
            >
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => save('svg')} data-testid="export-svg">
            SVG
          </button>
          {animated && (
            <>
              <button type="button" onClick={() => save('gif')} data-testid="export-gif">
                GIF
              </button>
              {others.length > 0 && (
                <select
                  aria-label={t('common.export.gifOf')}
                  value={gifChoice}
                  onChange={(event) => setGifChoice(Number(event.target.value))}
                  data-testid="export-gif-of"
                >
                  <option value={0}>{exportable.gifLabel ?? t('common.export.animation')}</option>
                  {others.map((choice, index) => (
                    <option key={choice.suffix} value={index + 1}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              )}
              <label>
                {t('common.export.frame')}{' '}
                <input
                  type="number"
                  min={50}
                  max={5000}
                  step={50}
                  value={delay}
                  onChange={(event) =>
                    setDelay(Math.min(5000, Math.max(50, Number(event.target.value) || 50)))
                  }
                  data-testid="export-delay"
                />{' '}
                {t('common.export.ms')}
              </label>
              <label>
                {t('common.export.loop')}{' '}
                <select value={plays} onChange={(event) => setPlays(Number(event.target.value))}>
                  {PLAYS.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label()}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
        </div>
      )}
      {job.progress && (
        <div className="export-progress" data-testid="export-progress">
          <label>
            {t('common.export.progress', { ...job.progress })}{' '}
            <progress value={job.progress.done} max={job.progress.total} />
          </label>
          <button type="button" onClick={job.cancel} data-testid="export-cancel">
            {t('common.export.cancel')}
          </button>
        </div>
      )}
      <div className="export-group" role="group" aria-label={t('common.export.share')}>
        <button
          type="button"
          onClick={() => copy(addressOf(query), 'link')}
          data-testid="copy-link"
        >
          {t('common.export.copyLink')}
        </button>
        <button type="button" onClick={copyEmbed} data-testid="copy-embed">
          {t('common.export.copyEmbed')}
        </button>
      </div>
      <p className="export-status" role="status" data-testid="export-status">
        {status}
      </p>
    </>
  );
  return (
    <section className="export-bar" aria-label={t('common.export.bar')}>
      {folded ? (
        <details className="export-fold">
          <summary>{t('common.export.bar')}</summary>
          <div className="export-bar">{content}</div>
        </details>
      ) : (
        content
      )}
    </section>
  );
});
