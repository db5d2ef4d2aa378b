import { useId, type ReactNode } from 'react';

type Props = {
  /** Heading above the table; it also names the table and its scroll region. */
  title: ReactNode;
  /** Class of the table element. */
  className: string;
  /** The table's head and body. */
  children: ReactNode;
};

/**
 * A titled table that scrolls sideways on narrow screens. The title sits outside the scroll
 * region so it stays readable; the region is focusable so the keyboard can scroll it.
 */
export function TableBlock({ title, className, children }: Props) {
  const id = useId();
  return (
    <div className="stack table-block">
      <h3 id={id}>{title}</h3>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className={className} aria-labelledby={id}>
          {children}
        </table>
      </div>
    </div>
  );
}
