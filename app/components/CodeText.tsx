interface Props {
  /** Prose in which `backticked` spans are code. */
  text: string;
}

/**
 * Prose with `backticked` spans shown as code, for sentences that come from the engine; the
 * code is marked English, so it is read as such on a page in another language.
 */
export function CodeText({ text }: Props) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, k) =>
        k % 2 ? (
          <code key={k} lang="en">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
