import { CodeText } from '../../components/CodeText';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';
import type { MaskAnalysis, ReplEntry, TorchVersion } from '../../../engine';
import { VersionCompare } from './VersionCompare';

type Props = {
  version: TorchVersion;
  /** The session for the current mask, or null when there is none. */
  session: ReplEntry[] | null;
  /** Picks the PyTorch version (the URL's `torch`). */
  onVersion: (version: TorchVersion) => void;
  /** The condition in PyTorch ≤ 1.1 and ≥ 1.2 when they select differently, else null. */
  versions: MaskAnalysis['versions'];
};

const VERSIONS: { id: TorchVersion; label: string }[] = [
  { id: '1.1', label: 'PyTorch ≤ 1.1' },
  { id: '1.2', label: 'PyTorch ≥ 1.2' },
];

/** What a PyTorch prompt prints for the mask before and after comparisons became bool. */
export function ReplPanel({ version, session, versions, onVersion }: Props) {
  return (
    <section className="panel stack" aria-labelledby="mask-repl">
      <h2 id="mask-repl">{t('mask.repl.title')}</h2>
      {versions ? <VersionCompare versions={versions} /> : null}
      <fieldset className="version-switch">
        <legend>{t('mask.repl.version')}</legend>
        {VERSIONS.map((v) => (
          <label key={v.id}>
            <input
              type="radio"
              name="torch-version"
              value={v.id}
              checked={version === v.id}
              onChange={() => onVersion(v.id)}
            />{' '}
            {v.label}
          </label>
        ))}
      </fieldset>
      {session ? (
        <div className="repl" data-testid="repl-output">
          {session.map((entry) => (
            <div key={entry.input} className={`repl-entry repl-${entry.kind}`}>
              <pre
                tabIndex={entry.kind === 'value' ? 0 : undefined}
                aria-label={
                  entry.kind === 'value'
                    ? t('mask.repl.entryLabel', { input: entry.input })
                    : undefined
                }
              >
                <span className="repl-prompt">{'>>> '}</span>
                {entry.input}
                {entry.output ? `\n${entry.output}` : ''}
              </pre>
              {entry.note ? (
                <p className="field-hint">
                  <CodeText text={say(entry.note)} />
                </p>
              ) : null}
            </div>
          ))}
        </div>
      ) : (
        <p className="field-hint">{t('mask.repl.none')}</p>
      )}
      <p className="field-hint">
        <CodeText text={t('mask.repl.numpy')} />
      </p>
    </section>
  );
}
