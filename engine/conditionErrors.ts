/**
 * The exceptions of the mask lab's sessions, each text exactly as NumPy (2.x) or PyTorch (1.13)
 * prints it; run with NumPy 1.24 and torch 1.13 unless noted (docs/semantics.md §5.5).
 */
import { maskMsg, type Msg } from './message';
import type { Dtype, Library, PyValue } from './pyValue';

/** Why an evaluation failed, so the lab can explain it. */
export type FailureCause =
  | 'truth'
  | 'bitwise-float'
  | 'negate-bool'
  | 'bool-arithmetic'
  | 'name'
  | 'attribute'
  | 'none'
  | 'python-type'
  | 'zero-division'
  | 'broadcast'
  | 'argument'
  | 'unsupported';

export type EvalFailure =
  | {
      /** Python exception class, e.g. `ValueError`. */
      type: string;
      /** The exception's message, exactly as the library prints it. */
      message: string;
      cause: FailureCause;
      lab?: undefined;
    }
  | {
      /** What this lab does not evaluate: said as the lab, in the page's language. */
      type: 'Lab';
      lab: Msg;
      cause: 'unsupported';
      message?: undefined;
    };

/** Thrown inside the evaluator; caught and returned as an outcome. */
export class Raised extends Error {
  constructor(readonly failure: EvalFailure) {
    super(failure.message ?? failure.lab.id);
  }
}

export const raise = (type: string, message: string, cause: FailureCause): never => {
  throw new Raised({ type, message, cause });
};

/** What this lab does not evaluate: said as the lab, never passed off as a library's error. */
export const unsupported = (lab: Msg): never => {
  throw new Raised({ type: 'Lab', lab, cause: 'unsupported' });
};

const isNumpy = (lib: Library) => lib === 'numpy';

/** What kind of value the lab refused: "a tuple", "a module", in the page's language. */
export const kindMsg = (value: PyValue): Msg => maskMsg(`kind.${value.kind}`);

/** Python's `bool()` of an array with several or no elements. */
export function truthError(lib: Library, empty: boolean): never {
  if (isNumpy(lib)) {
    return empty
      ? raise(
          'ValueError',
          'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.',
          'truth',
        )
      : raise(
          'ValueError',
          'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()',
          'truth',
        );
  }
  return raise(
    'RuntimeError',
    `Boolean value of Tensor with ${empty ? 'no values' : 'more than one value'} is ambiguous`,
    'truth',
  );
}

const UFUNC: Record<string, string> = {
  '&': 'bitwise_and',
  '|': 'bitwise_or',
  '^': 'bitwise_xor',
  '~': 'invert',
};
const TORCH_KERNEL: Record<string, string> = {
  abs: 'abs_cpu',
  '&': 'bitwise_and_cpu',
  '|': 'bitwise_or_cpu',
  '^': 'bitwise_xor_cpu',
  '//': 'div_floor_cpu',
  '%': 'remainder_cpu',
};
/** ATen's names of scalar types in "not implemented for" messages. */
const TORCH_TYPE: Record<Dtype, string> = {
  bool: 'Bool',
  uint8: 'Byte',
  int8: 'Char',
  int64: 'Long',
  float32: 'Float',
  float64: 'Double',
};

/** `&`, `|`, `^`, `~` where the computation type is a float. */
export function bitwiseOnFloat(lib: Library, op: string, dtype: Dtype): never {
  if (isNumpy(lib)) {
    return raise(
      'TypeError',
      `ufunc '${UFUNC[op]}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
      'bitwise-float',
    );
  }
  if (op === '~') {
    return raise(
      'TypeError',
      '~ (operator.invert) is only implemented on integer and Boolean-type tensors',
      'bitwise-float',
    );
  }
  return notImplemented(op, dtype, 'bitwise-float');
}

/** PyTorch's `"<kernel>" not implemented for '<Type>'`. */
export function notImplemented(op: string, dtype: Dtype, cause: FailureCause): never {
  return raise(
    'RuntimeError',
    `"${TORCH_KERNEL[op]}" not implemented for '${TORCH_TYPE[dtype]}'`,
    cause,
  );
}

/** Subtraction with booleans: NumPy refuses bool − bool, PyTorch any bool operand. */
export function boolSubtract(lib: Library, bothBool: boolean): never {
  if (isNumpy(lib)) {
    return raise(
      'TypeError',
      'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.',
      'bool-arithmetic',
    );
  }
  return raise(
    'RuntimeError',
    bothBool
      ? 'Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.'
      : 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    'bool-arithmetic',
  );
}

/** Unary `-` or `+` on a bool array. */
export function boolUnary(lib: Library, op: '-' | '+'): never {
  if (op === '-') {
    return isNumpy(lib)
      ? raise(
          'TypeError',
          'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.',
          'negate-bool',
        )
      : raise(
          'RuntimeError',
          'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
          'negate-bool',
        );
  }
  // NumPy 2 has no bool loop for positive (1.24 only warned and copied).
  return isNumpy(lib)
    ? raise(
        'UFuncTypeError',
        "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        'bool-arithmetic',
      )
    : raise(
        'RuntimeError',
        'The `+` operator, on a bool tensor is not supported.',
        'bool-arithmetic',
      );
}

/** PyTorch's integer division by zero. */
export const torchZeroDivision = (): never =>
  raise('RuntimeError', 'ZeroDivisionError', 'zero-division');

/** Python's own ZeroDivisionError texts (3.11) for scalar arithmetic. */
export function pythonZeroDivision(op: string, floats: boolean): never {
  const message =
    op === '/'
      ? floats
        ? 'float division by zero'
        : 'division by zero'
      : op === '//'
        ? floats
          ? 'float floor division by zero'
          : 'integer division or modulo by zero'
        : floats
          ? 'float modulo'
          : 'integer modulo by zero';
  return raise('ZeroDivisionError', message, 'zero-division');
}

/** The dtype as each library names it in the lab's text: float64, torch.float32. */
export const dtypeName = (lib: Library, dtype: Dtype) => (isNumpy(lib) ? dtype : `torch.${dtype}`);
