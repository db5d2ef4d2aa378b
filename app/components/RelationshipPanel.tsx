import { memo } from 'react';
import type { Relationship } from '../../engine';
import { Formula } from './Formula';
import { withBoundary } from '../shell/ErrorBoundary';

interface Props {
  /** [height, width] relationships; null when the configuration is invalid. */
  relationships: [Relationship, Relationship] | null;
  /** Output size, "o_h × o_w". */
  outputSize: string | null;
  /** Extra sentence under the formulas (e.g. what the floor drops). */
  footnote?: string;
  /** Heading, e.g. "Output size". */
  title?: string;
}

const AXES = ['height', 'width'];

function sameAxes(a: Relationship, b: Relationship): boolean {
  return a.number === b.number && a.substituted === b.substituted;
}

/** "Relationship 14", or what to call a case none of the paper's relationships covers. */
const nameOf = (rel: Relationship) =>
  rel.number === null ? 'None of the paper’s relationships' : `Relationship ${rel.number}`;

/**
 * The output size, the paper's most specific relationship (per axis when the axes differ),
 * its formula and the same formula with this configuration's numbers.
 */
function RelationshipPanelContent({
  relationships,
  outputSize,
  footnote,
  title = 'Output size',
}: Props) {
  const [h, w] = relationships ?? [];
  const axes = h && w ? (sameAxes(h, w) ? [h] : [h, w]) : [];
  const heading =
    h && w
      ? h.number === w.number
        ? nameOf(h)
        : `${nameOf(h)} (height) · ${nameOf(w)} (width)`
      : '';
  return (
    <section className="panel relationship-panel" aria-labelledby="relationship-title">
      <h2 id="relationship-title">
        {title}:{' '}
        <output className="output-size" data-testid="output-size">
          {outputSize ?? '—'}
        </output>
      </h2>
      {h && w ? (
        <div data-testid="relationship" className="relationship">
          <p className="relationship-head">
            <strong>{heading}</strong>
            {h.number === w.number && (
              <>
                {' '}
                — section {h.section}, <em>{h.title}</em>
              </>
            )}
          </p>
          {axes.map((rel, index) => (
            <div className="relationship-axis" key={index}>
              {axes.length > 1 && (
                <p className="axis-name">
                  {AXES[index]}: section {rel.section}, <em>{rel.title}</em>
                </p>
              )}
              <Formula tex={rel.formula} display />
              <Formula tex={rel.substituted} display />
              {rel.dilated && (
                <p className="relationship-note">
                  With dilation, k stands for the dilated kernel k̂ = k + (k − 1)(d − 1).
                </p>
              )}
              {rel.note && <p className="relationship-note">{rel.note}</p>}
            </div>
          ))}
          {footnote && <p className="relationship-note">{footnote}</p>}
        </div>
      ) : (
        <p className="muted">No output: see the message above.</p>
      )}
    </section>
  );
}

/** {@link RelationshipPanelContent} in its own error boundary. */
export const RelationshipPanel = memo(
  withBoundary(RelationshipPanelContent, 'the formula panel', (props) => props.relationships),
);
