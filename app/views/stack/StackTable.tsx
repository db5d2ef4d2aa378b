import type { MouseEvent } from 'react';
import type { Relationship } from '../../../engine';
import { formatSize } from '../../components/format';
import { openInApp } from '../../components/openInApp';
import type { StackModel } from './stackModel';
import { openLayer } from './openLayer';
import { t } from '../../i18n/i18n';

interface Props {
  model: StackModel;
}

const number = new Intl.NumberFormat('en-US');

/** "Rel. 6", or "Rel. 6 / 2" when the axes follow different relationships. */
function relationshipText(relationships: Relationship[] | null): string {
  if (!relationships) return '—';
  const names = relationships.map((rel) =>
    rel.number === null ? t('stack.idx.none') : String(rel.number),
  );
  return t('stack.tbl.rel', { names: names[0] === names[1] ? names[0] : names.join(' / ') });
}

/**
 * The stack in the style of torchinfo: per layer the module as PyTorch prints it, the size
 * after it, the paper's relationship, the receptive field with its jump and effective padding
 * (direct layers), channels, parameters and multiply-adds; the refused layer is marked.
 */
export function StackTable({ model }: Props) {
  const { info, receptive } = model;
  const rf = (n: number) => receptive[n];
  const pair = (n: number, key: 'size' | 'jump' | 'padding') =>
    rf(n) ? formatSize(rf(n).map((axis) => axis[key])) : '—';
  const open = (event: MouseEvent<HTMLAnchorElement>, href: string) => openInApp(event, href);
  const inputChannels = info.layers[0]?.inChannels;
  return (
    <section className="panel stack-table" aria-labelledby="stack-table-title">
      <h2 id="stack-table-title">{t('stack.tbl.title')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('stack.tbl.label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('stack.tbl.layer')}</th>
              <th scope="col">{t('stack.tbl.output')}</th>
              <th scope="col">{t('stack.tbl.paper')}</th>
              <th scope="col">{t('stack.tbl.rf')}</th>
              <th scope="col">{t('stack.tbl.jump')}</th>
              <th scope="col">{t('stack.tbl.effPad')}</th>
              <th scope="col">{t('stack.tbl.channels')}</th>
              <th scope="col">{t('stack.tbl.params')}</th>
              <th scope="col">{t('stack.tbl.macs')}</th>
              <th scope="col">{t('stack.tbl.open')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>0</td>
              <td>{t('common.typed.input')}</td>
              <td data-testid="stack-shape-0">{formatSize(model.input)}</td>
              <td>—</td>
              <td data-testid="stack-rf-0">{pair(0, 'size')}</td>
              <td>{pair(0, 'jump')}</td>
              <td>{pair(0, 'padding')}</td>
              <td>{inputChannels ?? '—'}</td>
              <td />
              <td />
              <td />
            </tr>
            {info.layers.map((row) => {
              const n = row.index + 1;
              const link = row.input && openLayer(row.token, [row.input[0], row.input[1]]);
              return (
                <tr
                  key={n}
                  className={row.refused ? 'refused' : undefined}
                  data-testid={`stack-row-${n}`}
                >
                  <td>{n}</td>
                  <td>
                    <code>{row.module}</code>
                    {row.refused && (
                      <strong className="refused-mark">{t('stack.tbl.refused')}</strong>
                    )}
                  </td>
                  <td data-testid={`stack-shape-${n}`}>
                    {row.output ? formatSize(row.output) : '—'}
                  </td>
                  <td>{relationshipText(row.relationships)}</td>
                  <td data-testid={`stack-rf-${n}`}>{pair(n, 'size')}</td>
                  <td>{pair(n, 'jump')}</td>
                  <td>{pair(n, 'padding')}</td>
                  <td>{row.outChannels}</td>
                  <td>{number.format(row.params)}</td>
                  <td>{row.macs === null ? '—' : number.format(row.macs)}</td>
                  <td>
                    {link?.href ? (
                      <a
                        href={link.href}
                        onClick={(event) => open(event, link.href)}
                        aria-label={t('stack.tbl.openLabel', {
                          n,
                          view: t(`stack.view.${link.view}`),
                        })}
                        data-testid={`stack-open-${n}`}
                      >
                        {t(`stack.view.${link.view}`)}
                      </a>
                    ) : link && 'reason' in link ? (
                      <span className="muted" title={link.reason}>
                        {t('stack.tbl.tooLarge')}
                        <span className="visually-hidden">: {link.reason}</span>
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={8}>
                {t('stack.tbl.total')}
              </th>
              <td data-testid="stack-params">{number.format(info.params)}</td>
              <td data-testid="stack-macs">{number.format(info.macs)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {model.receptiveNote && <p className="muted">{model.receptiveNote}</p>}
    </section>
  );
}
