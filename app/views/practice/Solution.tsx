import type { MouseEvent } from 'react';
import { CodeText } from '../../components/CodeText';
import { openInApp } from '../../components/openInApp';
import { t } from '../../i18n/i18n';

interface Props {
  /** The worked steps, one per line, in the page's language (backticked spans are code). */
  steps: string[];
  /** The explorer link and what it opens. */
  href: string;
  label: string;
}

/** The worked solution and the link that opens the question in its explorer view. */
export function Solution({ steps, href, label }: Props) {
  return (
    <div className="practice-solution" data-testid="practice-solution">
      <h3>{t('practice.solution.title')}</h3>
      <ol>
        {steps.map((step, n) => (
          <li key={n}>
            <CodeText text={step} />
          </li>
        ))}
      </ol>
      <p>
        <a
          href={href}
          onClick={(event: MouseEvent<HTMLAnchorElement>) => openInApp(event, href)}
          data-testid="practice-see-it"
        >
          {t('practice.seeIt')}
          <CodeText text={label} />
        </a>
      </p>
    </div>
  );
}
