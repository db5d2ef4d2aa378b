import type { Ref } from 'react';
import type { Fix, Msg } from '../../engine';
import { activeLang, t } from '../i18n/i18n';
import { say } from '../i18n/say';
import { CodeText } from './CodeText';
import { fixLabel } from './fixLabel';

/** The framework whose rules refuse a configuration (the one the figure follows). */
export type Refuser = 'PyTorch' | 'TensorFlow' | 'Keras';

interface Props {
  /** The refusal in English: the violated constraint with its numbers, as the terminal says it. */
  message: string;
  /** The same refusal as messages, said on a page in another language (none: a general note). */
  explain?: readonly Msg[];
  /** Who refuses. */
  refuser?: Refuser;
  /** Valid configurations one change away. */
  fixes: Fix[];
  /** Applies a fix to the view's parameters. */
  onFix: (fix: Fix) => void;
  /** The panel's element (focus moves to its first fix when a fix leaves another error). */
  ref?: Ref<HTMLDivElement>;
}

const OTHER: Msg = { id: 'common.err.other' };

/**
 * Why the framework rejects the configuration, and one-click ways out. An English page says
 * the English sentence once; a page in another language explains it in its words and quotes
 * the English beside, marked English, since that is what the learner's terminal prints.
 */
export function ConfigErrorPanel({
  message,
  explain = [],
  refuser = 'PyTorch',
  fixes,
  onFix,
  ref,
}: Props) {
  const english = activeLang() === 'en';
  const heading = <strong>{t('common.rejects', { framework: refuser })}</strong>;
  return (
    <div className="config-error" role="alert" data-testid="config-error" ref={ref}>
      {english ? (
        <p>
          {heading} <span lang="en">{message}</span>
        </p>
      ) : (
        <>
          <p>
            {heading}{' '}
            {(explain.length ? explain : [OTHER]).map((part, k) => (
              <span key={k} data-testid="config-error-explain">
                {k > 0 && ' '}
                <CodeText text={say(part)} />
              </span>
            ))}
          </p>
          <p className="config-error-english">
            {t('common.err.english')}{' '}
            <span lang="en" data-testid="config-error-english">
              {message}
            </span>
          </p>
        </>
      )}
      {fixes.length > 0 && (
        <div className="fixes">
          <span>{t('common.nearestValid')}</span>
          {fixes.map((fix, index) => (
            <button
              key={fix.label}
              type="button"
              className={index === 0 ? 'primary' : undefined}
              onClick={() => onFix(fix)}
              data-testid={index === 0 ? 'fix-nearest' : undefined}
            >
              {fixLabel(fix.label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
