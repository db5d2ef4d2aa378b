import type { MouseEvent } from 'react';
import type { Relationship } from '../../../engine';
import { formatSize } from '../../components/format';
import { openInApp } from '../../components/openInApp';
import type { StackModel } from './stackModel';
import { openLayer } from './openLayer';

interface Props {
  model: StackModel;
}

const number = new Intl.NumberFormat('en-US');

/** "Rel. 6", or "Rel. 6 / 2" when the axes follow different relationships. */
function relationshipText(relationships: Relationship[] | null): string {
  if (!relationships) return '—';
  const names = relationships.map((rel) => (rel.number === null ? 'none' : String(rel.number)));
  return names[0] === names[1] ? `Rel. ${names[0]}` : `Rel. ${names.join(' / ')}`;
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
      <h2 id="stack-table-title">Layer by layer</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Layer table">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Layer</th>
              <th scope="col">Output</th>
              <th scope="col">Paper</th>
              <th scope="col">Receptive field</th>
              <th scope="col">Jump</th>
              <th scope="col">Eff. padding</th>
              <th scope="col">Channels</th>
              <th scope="col">Params</th>
              <th scope="col">Mult-adds</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>0</td>
              <td>Input</td>
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
                    {row.refused && <strong className="refused-mark"> refused by PyTorch</strong>}
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
                        aria-label={`Open layer ${n} in the ${link.view} view`}
                        data-testid={`stack-open-${n}`}
                      >
                        {link.view}
                      </a>
                    ) : link && 'reason' in link ? (
                      <span className="muted" title={link.reason}>
                        too large
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
                Total
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
