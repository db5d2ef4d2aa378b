/**
 * Shapes as typed in the view's text boxes: one shape per operand ("4, 1, 3"), or all shapes at
 * once as Python tuples ("(3,4) (5,)", pasted from an error message).
 */
import { formatTuple } from '../../../engine';
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
  if (!result.ok) return { ok: false, error: `Shape of ${name}: ${say(result.reason)}.` };
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
      error: 'Write the shapes as Python tuples, e.g. (3, 4) (5,) or (2, 1), (1, 3).',
    };
  }
  if (tuples.length > OPERAND_NAMES.length) {
    return {
      ok: false,
      error: `At most ${OPERAND_NAMES.length} operands (a to d); you gave ${tuples.length} shapes.`,
    };
  }
  const shapes: number[][] = [];
  for (const [k, tuple] of tuples.entries()) {
    const result = parseShape(tuple, { ...SHAPE_LIMITS, required: true });
    if (!result.ok) return { ok: false, error: `Shape ${k + 1}: ${say(result.reason)}.` };
    shapes.push(result.value ?? []);
  }
  return { ok: true, shapes };
}

export function readAllShapesBox(text: string): TextRead {
  const result = readAllShapes(text);
  return result.ok ? { ok: true, text: allShapesText(result.shapes) } : result;
}
