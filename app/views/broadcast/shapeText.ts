/**
 * Shapes as typed in the view's text boxes: one shape per operand ("4, 1, 3"), or all shapes at
 * once as Python tuples ("(3,4) (5,)", pasted from an error message).
 */
import { formatTuple } from '../../../engine';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';
import { parseShape } from '../../url/fields';
import { SHAPE_LIMITS } from '../../url/schema';
import { OPERAND_NAMES } from './broadcastModel';

export type TextRead = { ok: true; text: string } | { ok: false; error: string };

/** How a shape reads in its box: "4, 1, 3"; a 0-d shape is empty. */
export const shapeBoxText = (shape: readonly number[]) => shape.join(', ');

/** Reads one operand's box. */
export function readShapeBox(name: string, text: string): TextRead {
  const result = parseShape(text, { ...SHAPE_LIMITS, required: true });
  if (!result.ok) {
    return { ok: false, error: t('broadcast.box.shapeOf', { name, reason: say(result.reason) }) };
  }
  return { ok: true, text: shapeBoxText(result.value ?? []) };
}

/** The shape a valid box text stands for (an empty box: 0-d). */
export function shapeFromBox(text: string): number[] {
  const result = parseShape(text, { ...SHAPE_LIMITS, required: true });
  return result.ok ? (result.value ?? []) : [];
}

/** How all shapes read in the paste box: "(4, 1, 3) (2, 1)". */
export const allShapesText = (shapes: readonly (readonly number[])[]) =>
  shapes.map(formatTuple).join(' ');

/** Reads the paste box: 1 to 4 Python tuples. */
export function readAllShapes(
  text: string,
): { ok: true; shapes: number[][] } | { ok: false; error: string } {
  const tuples = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
  const leftover = text.replace(/\(([^()]*)\)/g, '').replace(/[\s,]/g, '');
  if (!tuples.length || leftover) {
    return {
      ok: false,
      error: t('broadcast.box.tuples'),
    };
  }
  if (tuples.length > OPERAND_NAMES.length) {
    return {
      ok: false,
      error: t('broadcast.box.tooMany', { max: OPERAND_NAMES.length, count: tuples.length }),
    };
  }
  const shapes: number[][] = [];
  for (const [k, tuple] of tuples.entries()) {
    const result = parseShape(tuple, { ...SHAPE_LIMITS, required: true });
    if (!result.ok) {
      return {
        ok: false,
        error: t('broadcast.box.shapeN', { n: k + 1, reason: say(result.reason) }),
      };
    }
    shapes.push(result.value ?? []);
  }
  return { ok: true, shapes };
}

export function readAllShapesBox(text: string): TextRead {
  const result = readAllShapes(text);
  return result.ok ? { ok: true, text: allShapesText(result.shapes) } : result;
}
