import { memo } from 'react';
import type { Relationship } from '../../engine';
import { Formula } from './Formula';
import { withBoundary } from '../shell/ErrorBoundary';
import { t } from '../i18n/i18n';
import { engineNote, sectionTitle } from './engineNote';

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
  rel.number === null ? t('common.rel.none') : t('common.rel.number', { number: rel.number });

/**
 * The output size, the paper's most specific relationship (per axis when the axes differ),
 * its formula and the same formula with this configuration's numbers.
 */
function RelationshipPanelContent({
  relationships,
  outputSize,
  footnote,
  title = t('common.outputSize'),
}: Props) {
  const [h, w] = relationships ?? [];
  const axes = h && w ? (sameAxes(h, w) ? [h] : [h, w]) : [];
  const heading =
    h && w
      ? h.number === w.number
        ? nameOf(h)
        : t('common.rel.perAxis', { h: nameOf(h), w: nameOf(w) })
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
                {t('common.rel.section', { section: h.section })}
                <em>{sectionTitle(h.title)}</em>
              </>
            )}
          </p>
          {axes.map((rel, index) => (
            <div className="relationship-axis" key={index}>
              {axes.length > 1 && (
                <p className="axis-name">
                  {t('common.rel.axisSection', {
                    axis: t(`common.${AXES[index]}`),
                    section: rel.section,
                  })}
                  <em>{sectionTitle(rel.title)}</em>
                </p>
              )}
              <Formula tex={rel.formula} display />
              <Formula tex={rel.substituted} display />
              {rel.dilated && <p className="relationship-note">{t('common.rel.dilated')}</p>}
              {rel.note && <NoteText text={rel.note} />}
            </div>
          ))}
          {footnote && <p className="relationship-note">{footnote}</p>}
        </div>
      ) : (
        <p className="muted">{t('common.rel.noOutput')}</p>
      )}
    </section>
  );
}

/** {@link RelationshipPanelContent} in its own error boundary. */
export const RelationshipPanel = memo(
  withBoundary(RelationshipPanelContent, 'common.boundary.formula', (props) => props.relationships),
);

/** An engine note, translated when it can be, otherwise marked as the English it is. */
function NoteText({ text }: { text: string }) {
  const translated = engineNote(text);
  return translated === null ? (
    <p className="relationship-note" lang="en">
      {text}
    </p>
  ) : (
    <p className="relationship-note">{translated}</p>
  );
}
