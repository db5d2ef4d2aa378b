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

/** KaTeX and its stylesheet are loaded on first use, so they never delay the first paint. */
function loadKatex(): Promise<Katex> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => module.default,
  );
  return katexPromise;
}

/**
 * A formula rendered by KaTeX: drawn with KaTeX's fonts, with MathML beside it for screen
 * readers. React renders the element; KaTeX fills it. Until KaTeX has loaded, the TeX source
 * is shown as plain text.
 */
export function Formula({ tex, display = false, className }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    loadKatex().then((katex) => {
      if (!live || !ref.current) return;
      katex.render(tex, ref.current, {
        displayMode: display,
        output: 'htmlAndMathml',
        throwOnError: false,
      });
    });
    return () => {
      live = false;
    };
  }, [tex, display]);
  return (
    // A display formula may scroll sideways on a narrow screen: keep it reachable by keyboard.
    <span
      ref={ref}
      className={className ?? (display ? 'formula formula-display' : 'formula')}
      data-tex={tex}
      tabIndex={display ? 0 : undefined}
    >
      {tex}
    </span>
  );
}
