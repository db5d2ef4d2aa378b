import { lazy, type ComponentType } from 'react';
import { t } from '../i18n/i18n';
import { usePainted } from './afterPaint';

/** A page's code could not be downloaded: offline, or a new deploy removed the old files. */
export class PageLoadError extends Error {
  /**
   * @param cause the failed import's error
   * @param forget makes the next render of the page download it again; the error screen calls
   *   it once it shows (calling it at once would have React retry in a loop while offline)
   */
  constructor(
    cause: unknown,
    readonly forget: () => void,
  ) {
    super(t('shell.error.pageLoad'), { cause });
    this.name = 'PageLoadError';
  }
}

/** A page (or part of one) loaded on demand that loads again after a failed download (see `lazyPage`). */
export type LazyPage<P extends object = object> = ComponentType<P> & {
  readonly retriesLoading: true;
  /**
   * Starts downloading the page's code now (the first page's, while the shell starts), so that
   * it is not fetched only once the page is first rendered. A failed download is left to the
   * render, which explains it.
   */
  readonly preload: () => void;
};

/**
 * A page loaded on demand, like `React.lazy`, except that a failed download is not final:
 * `React.lazy` keeps a rejected promise forever, so Retry and coming back to the view would
 * fail again without asking the network. Here the failure is a `PageLoadError`: the error
 * screen explains it and makes the next render (Retry, or coming back to the view) load afresh.
 *
 * Also for the parts of a page not needed for its first paint (the panels under a figure), so
 * that they download after it: they take props like any component.
 *
 * @example View: lazyPage(() => import('./ConvView'))
 */
export function lazyPage<P extends object = object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyPage<P> {
  const create = () =>
    lazy(() =>
      load().catch((cause: unknown) => {
        throw new PageLoadError(cause, () => (current = create()));
      }),
    );
  let current = create();
  const Page = (props: P) => {
    const Current = current;
    return <Current {...props} />;
  };
  const preload = () => void load().catch(() => undefined);
  return Object.assign(Page, { retriesLoading: true as const, preload });
}

/**
 * A part of a page not needed for its first paint (the panels under a figure), loaded like
 * `lazyPage` but asked for only once the page around it is on screen, so that its download
 * does not compete with the figure's. Until it is here it shows nothing.
 */
export function lazyPart<P extends object = object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyPage<P> {
  const Page = lazyPage(load);
  const Part = (props: P) => (usePainted() ? <Page {...props} /> : null);
  return Object.assign(Part, { retriesLoading: true as const, preload: Page.preload });
}
