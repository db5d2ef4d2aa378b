import { memo, useId, useState } from 'react';
import { withBoundary } from '../shell/ErrorBoundary';
import { t } from '../i18n/i18n';
import { CodeText } from './CodeText';

/** One tab of generated code. */
export interface CodeSnippet {
  /** Tab label, e.g. 'PyTorch'. */
  label: string;
  code: string;
  /**
   * Sentences shown under the code (why a form was chosen, what cannot be matched), with
   * `backticked` identifiers shown as code.
   */
  notes?: string[];
}

interface Props {
  /** Heading of the panel. */
  title?: string;
  snippets: CodeSnippet[];
}

/** Generated code in tabs, with a copy button per snippet. */
function CodePanelContent({ title = t('common.code.title'), snippets }: Props) {
  const id = useId();
  const [active, setActive] = useState(0);
  const [copied, setCopied] = useState<string | null>(null);
  const current = snippets[Math.min(active, snippets.length - 1)];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(current.code);
      setCopied(t('common.code.copied', { label: current.label }));
    } catch {
      setCopied(t('common.code.blocked'));
    }
  };

  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + snippets.length) % snippets.length;
    setActive(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  return (
    <section className="panel code-panel" aria-labelledby={`${id}-title`} data-testid="code-panel">
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div role="tablist" aria-label={t('common.code.tabs', { title })}>
          {snippets.map((snippet, index) => (
            <button
              key={snippet.label}
              id={`${id}-tab-${index}`}
              type="button"
              role="tab"
              aria-selected={index === active}
              aria-controls={`${id}-panel`}
              tabIndex={index === active ? 0 : -1}
              onClick={() => setActive(index)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {snippet.label}
            </button>
          ))}
        </div>
        <button type="button" className="copy-button" onClick={copy}>
          {t('common.code.copy')}
        </button>
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${active}`}>
        <pre tabIndex={0} aria-label={t('common.code.label', { label: current.label })}>
          <code data-testid={`code-${current.label.toLowerCase().replace(/[^a-z]+/g, '-')}`}>
            {current.code}
          </code>
        </pre>
        {current.notes?.map((note) => (
          <p key={note} className="code-note">
            <CodeText text={note} />
          </p>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {copied}
      </p>
    </section>
  );
}

/** {@link CodePanelContent} in its own error boundary. */
export const CodePanel = memo(
  withBoundary(CodePanelContent, 'common.boundary.code', (props) => props.snippets),
);
