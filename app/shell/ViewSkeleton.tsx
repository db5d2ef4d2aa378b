import { CodeText } from '../components/CodeText';
import { tOr } from '../i18n/i18n';

interface Props {
  /** The view's id: its catalogue's namespace. */
  view: string;
  /** What the loading line says. */
  loading: string;
}

/**
 * What a view shows while its code downloads, once its words are here: its heading and lede,
 * where the page will have them, so the largest text of the page paints before the code
 * arrives and nothing moves when the page replaces it. A view whose catalogue has no title and
 * lede (or whose page writes other ones) gets the loading line alone.
 */
export function ViewSkeleton({ view, loading }: Props) {
  const heading = tOr(`${view}.title`, '');
  const lede = tOr(`${view}.lede`, '');
  if (!heading || !lede) return <p className="loading">{loading}</p>;
  return (
    <div className="view view-skeleton" data-testid="view-skeleton">
      <p className="visually-hidden" role="status">
        {loading}
      </p>
      {/* The page's own heading comes with its code: this one is only seen. */}
      <div className="view-head" aria-hidden="true">
        <p className="view-title">{heading}</p>
      </div>
      <p className="view-lede" aria-hidden="true">
        {/* Code in backticks set as the page sets it, so that the lede keeps its size. */}
        <CodeText text={lede} />
      </p>
    </div>
  );
}
