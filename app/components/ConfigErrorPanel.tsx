import type { Ref } from 'react';
import type { Fix } from '../../engine';
import { t } from '../i18n/i18n';
import { fixLabel } from './fixLabel';

interface Props {
  /** The engine's message: the violated constraint with its numbers. */
  message: string;
  /** Valid configurations one change away. */
  fixes: Fix[];
  /** Applies a fix to the view's parameters. */
  onFix: (fix: Fix) => void;
  /** The panel's element (focus moves to its first fix when a fix leaves another error). */
  ref?: Ref<HTMLDivElement>;
}

/** Why PyTorch rejects the configuration, and one-click ways out. */
export function ConfigErrorPanel({ message, fixes, onFix, ref }: Props) {
  return (
    <div className="config-error" role="alert" data-testid="config-error" ref={ref}>
      <p>
        <strong>{t('common.rejects')}</strong> <span lang="en">{message}</span>
      </p>
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
