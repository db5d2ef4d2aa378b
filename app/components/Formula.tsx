import { useEffect, useRef } from 'react';

interface Props {
  /** TeX source. */
  tex: string;
  /** Display (block) style instead of inline. */
  display?: boolean;
  className?: string;
}

type Katex = typeof import('katex').default;
let katexPromise: Promise<Katex> | null = null;

/** KaTeX is loaded on first use, so it never delays the first paint. */
function loadKatex(): Promise<Katex> {
  katexPromise ??= import('katex').then((module) => module.default);
  return katexPromise;
}

/**
 * A formula rendered by KaTeX as MathML (read by screen readers, drawn natively by the
 * browser; no extra fonts or CSS). React renders the element; KaTeX fills it. Until KaTeX has
 * loaded, the TeX source is shown as plain text.
 */
export function Formula({ tex, display = false, className }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    loadKatex().then((katex) => {
      if (!live || !ref.current) return;
      katex.render(tex, ref.current, {
        displayMode: display,
        output: 'mathml',
        throwOnError: false,
      });
    });
    return () => {
      live = false;
    };
  }, [tex, display]);
  return (
    <span ref={ref} className={className ?? 'formula'} data-tex={tex}>
      {tex}
    </span>
  );
}
