import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import type { ViewParams } from '../../url/schema';
import {
  ELEMENTWISE_OPS,
  ELEMENTWISE_OP_IDS,
  formatTuple,
  type ElementwiseOpId,
} from '../../../engine';
import { OPERAND_NAMES, type OperandName } from './broadcastModel';
import {
  allShapesText,
  readAllShapes,
  readAllShapesBox,
  readShapeBox,
  shapeBoxText,
  shapeFromBox,
} from './shapeText';
import { t } from '../../i18n/i18n';
import { tOr } from '../../i18n/i18n';

interface Props {
  /** The lab's parameters: the operands' shapes, the operation, the seed. */
  params: ViewParams<'broadcast'>;
  /** Changes some of them. */
  onChange: (patch: Partial<ViewParams<'broadcast'>>) => void;
}

/** Shapes of a–d, the operation and the seed. */
export function OperandControls({ params, onChange: setBroadcast }: Props) {
  const used = OPERAND_NAMES.filter((name) => params[name] !== null);
  const free = OPERAND_NAMES.find((name) => params[name] === null);
  const shapes = used.map((name) => params[name] ?? []);

  const commitAll = (text: string) => {
    const result = readAllShapes(text);
    if (!result.ok) return;
    const patch: Partial<Record<OperandName, number[] | null>> = {};
    OPERAND_NAMES.forEach((name, k) => (patch[name] = result.shapes[k] ?? null));
    setBroadcast({ ...patch, t: 99 });
  };

  return (
    <section className="panel stack" aria-labelledby="bc-operands">
      <h2 id="bc-operands">{t('broadcast.oc.title')}</h2>
      <p className="field-hint">{t('broadcast.oc.hint')}</p>
      {used.map((name) => (
        <div key={name} className="operand-row">
          <TextField
            label={
              <>
                {t('broadcast.oc.shapeOf')}
                <code>{name}</code>
              </>
            }
            value={shapeBoxText(params[name] ?? [])}
            read={(text) => readShapeBox(name, text)}
            onCommit={(text) => setBroadcast({ [name]: shapeFromBox(text), t: 99 })}
            describeValue={(text) => `${name} = ${formatTuple(shapeFromBox(text))}`}
            code
            size={12}
            testId={`shape-${name}`}
          />
          {name !== 'a' ? (
            <button type="button" onClick={() => setBroadcast({ [name]: null, t: 99 })}>
              {t('broadcast.oc.remove')} <code>{name}</code>
            </button>
          ) : null}
        </div>
      ))}
      {free ? (
        <button type="button" onClick={() => setBroadcast({ [free]: [1], t: 99 })}>
          {t('broadcast.oc.add')} <code>{free}</code>
        </button>
      ) : null}
      <TextField
        label={t('broadcast.oc.all')}
        value={allShapesText(shapes)}
        read={readAllShapesBox}
        onCommit={commitAll}
        describeValue={(text) => text}
        hint={t('broadcast.oc.allHint')}
        code
        testId="all-shapes"
      />
      <div className="number-field">
        <label htmlFor="bc-op">{t('broadcast.oc.op')}</label>
        <select
          id="bc-op"
          value={params.op}
          onChange={(event) => setBroadcast({ op: event.target.value as ElementwiseOpId })}
        >
          {ELEMENTWISE_OP_IDS.map((id) => (
            <option key={id} value={id}>
              {tOr(`broadcast.op.${id}`, ELEMENTWISE_OPS[id].label)}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        label={t('broadcast.oc.seed')}
        value={params.seed}
        min={0}
        max={99999}
        onCommit={(seed) => setBroadcast({ seed })}
        hint={t('broadcast.oc.seedHint')}
      />
    </section>
  );
}
