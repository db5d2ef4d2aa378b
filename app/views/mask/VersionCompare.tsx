import { CodeText } from '../../components/CodeText';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';
import { OutputFigure } from './OutputFigure';
import type { MaskAnalysis, PrintedValue } from '../../../engine';

type Props = {
  versions: NonNullable<MaskAnalysis['versions']>;
};

/** The value as printed, or what it is when the session does not print it (no code marks). */
const printed = (value: PrintedValue) =>
  value.repr ?? t('mask.results.notPrinted', { describe: say(value.describe) }).replaceAll('`', '');

/** The same condition in PyTorch ≤ 1.1 and ≥ 1.2, side by side, when they select differently. */
export function VersionCompare({ versions }: Props) {
  const columns = [
    { label: t('mask.versions.old'), text: printed(versions.old), testId: 'version-old' },
    { label: t('mask.versions.new'), text: printed(versions.current), testId: 'version-new' },
  ];
  return (
    <div className="stack" data-testid="version-compare">
      <h3>{t('mask.versions.title')}</h3>
      <div className="outputs-pair">
        {columns.map((column) => (
          <OutputFigure
            key={column.testId}
            caption={column.label}
            label={t('mask.versions.label', { label: column.label, code: versions.code })}
            testId={column.testId}
          >
            <span className="repl-prompt">{'>>> '}</span>
            {versions.code}
            {`\n${column.text}`}
          </OutputFigure>
        ))}
      </div>
      <p className="field-hint">
        <CodeText text={t('mask.versions.explain')} />
      </p>
    </div>
  );
}
