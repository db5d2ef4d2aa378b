/**
 * The mask lab's explanations: why a condition fails, and what a result that is not a mask is.
 * Backticks mark code.
 */
import type { MaskProblem, MaskResultKind } from './mask';

export const EXPLAIN: Record<MaskProblem, string> = {
  syntax: 'The condition is not a Python expression this lab understands.',
  logical:
    'Python’s `and`, `or` and `not` need one True or False, so they call `bool()` on the array, and an array of several booleans has no single truth value. Use the element-wise operators `&`, `|` and `~`, and bracket each comparison: `&` binds tighter than comparisons.',
  chained:
    'A chained comparison such as `0 < a < 1` means `(0 < a) and (a < 1)`: the hidden `and` calls `bool()` on the array `0 < a`. Write two comparisons joined by `&`: `(0 < a) & (a < 1)`.',
  unbracketed:
    '`&` and `|` bind tighter than comparisons, so Python reads the unbracketed form as one chained comparison with a bitwise operation in the middle (see “Python reads it as”). Floats have no bitwise AND, so that fails first; integers get past it and then fail on the chain’s hidden `and`. Bracket each comparison.',
  truth: 'An array with several elements has no single truth value.',
  'bitwise-float':
    '`&`, `|`, `^` and `~` are bitwise operators: on floats they have no meaning. Compare first, then combine the boolean results.',
  'negate-bool': 'A mask is inverted with `~` (logical NOT), not with `-`.',
  'bool-arithmetic':
    'Arithmetic on masks is refused or misleading: PyTorch refuses `-` and unary `+` on bool tensors, NumPy refuses bool − bool, and `+` and `*` of two masks are a logical or and a logical and. Combine masks with `&`, `|`, `^` and `~`.',
  name: 'The matrix is called `a` (and the libraries `np` and `torch`); no other names are defined here.',
  attribute: 'Python numbers have no `.any()`, `.all()` or `.nonzero()`: call them on an array.',
  none: '`None` is not a number. `== None` and `!= None` compare identity: NumPy answers element by element, a PyTorch tensor answers once (False or True). Other comparisons and arithmetic with `None` fail. Missing float values are NaN: find them with `np.isnan(a)`.',
  'python-type': 'Python refuses this operation on these types.',
  'zero-division':
    'Division by zero: Python refuses it for numbers and PyTorch for integer tensors (`//` and `%`); NumPy gives 0 for integers (with a warning) and inf or nan for floats.',
  broadcast:
    'The shapes do not broadcast: an index array such as `np.argwhere(…)`, shape (N, 2), cannot be combined element by element with `a`.',
  argument:
    'A function got an argument it does not take: PyTorch’s functions want tensors, not Python numbers, and NumPy’s `nonzero` (and `np.where` with one argument) refuse 0-d input.',
  unsupported:
    'This lab evaluates part of Python: the names `a`, `np` and `torch`; numbers, `True`, `False`, `None`; comparisons; `+ - * / // %`; `& | ^ ~`; `and`, `or`, `not`; and a few functions.',
  'not-a-mask':
    'The condition does not give a boolean array of the shape of `a`, so `a[...]` would not filter by it. Compare `a` with something: `a > 0`.',
  differs:
    'NumPy and PyTorch give different kinds of result here: the same text is a mask in one library and not in the other.',
};

/** What a result that is not a mask is, by kind. */
export const RESULT_NOTES: Partial<Record<MaskResultKind, string>> = {
  scalar:
    '`.any()` and `.all()` reduce the mask to one truth value (NumPy: a `np.bool_` scalar; PyTorch: a 0-d tensor), so `a[…]` would not filter by it.',
  tuple:
    'One index array per axis, each of length N: `a[np.where(mask)]` selects the same elements as `a[mask]`.',
  indices:
    'One row per selected element, shape (N, ndim): `np.argwhere`’s layout, which `torch.nonzero` also uses. PyTorch’s `.nonzero()` is NumPy’s `argwhere`, not NumPy’s `nonzero`.',
};

/** When both sessions give a mask, but compare in different float widths and disagree. */
export const DTYPE_NOTE =
  'Both are masks, but not of the same elements: NumPy compares in float64, PyTorch in float32 (`torch.tensor` of Python floats), where nearby numbers such as 0.3 and 0.30000001 round to the same value. The outputs below are NumPy’s.';
