import {
  LAYER_TEXT_MAX_LENGTH,
  STACK_LIMITS,
  formatLayers,
  parseLayers,
  type LayerToken,
} from '../../engine/params';
import type { Msg } from '../../engine';
import { urlMsg, type Field } from './fields';
import { quote, safeText } from './quote';

/**
 * The layers of a stack, `L=c7s2p3x64,m3s2p1,c3p1` (grammar in `engine/layerText.ts`), read
 * and written in the engine's canonical form. A token that cannot be read is left out and
 * named in the notice with what was expected; when no token can be read, the default stays.
 */
/** A reason's values as the page may show them: the character it found may be a control one. */
const shown = (msg: Msg): Msg =>
  msg.values
    ? {
        ...msg,
        values: Object.fromEntries(
          Object.entries(msg.values).map(([name, value]) => [
            name,
            typeof value === 'string' ? safeText(value) : value,
          ]),
        ),
      }
    : msg;

export function layersField(opts: { default: string }): Field<LayerToken[]> {
  return {
    default: parseLayers(opts.default).layers,
    always: true,
    describe: `up to ${STACK_LIMITS.layers.max} comma-separated layers such as c3s2p1 or m2`,
    maxLength: LAYER_TEXT_MAX_LENGTH,
    parse: (raw) => {
      const { layers, problems } = parseLayers(raw);
      if (problems.length === 0) return { ok: true, value: layers };
      // The engine's reasons are messages of the stack catalogue, said in the page's language.
      const read = problems.map((problem) =>
        problem.index < 0
          ? urlMsg('layers', { reason: problem.msg })
          : urlMsg('layer', {
              index: problem.index + 1,
              raw: quote(problem.token),
              reason: shown(problem.msg),
            }),
      );
      // The first problem in full, the others by number: a notice stays one short sentence.
      const others = problems.slice(1).map((problem) => problem.index + 1);
      const reason = others.length
        ? urlMsg('layerOthers', { first: read[0], count: others.length, values: others.join(', ') })
        : read[0];
      if (layers.length === 0 && raw.trim() !== '') return { ok: false, reason };
      return { ok: true, value: layers, note: reason };
    },
    format: formatLayers,
  };
}
