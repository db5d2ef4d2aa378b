/**
 * The condition language of the mask lab: the Python expressions people write inside `a[...]`,
 * parsed by a Pratt parser with Python's precedence table (lowest first):
 *
 *   or  <  and  <  not  <  comparisons (chained)  <  |  <  ^  <  &  <  << >>  <  + -
 *   <  * / // % @  <  unary ~ - +  <  **  <  calls and attributes
 *
 * so `a > 0 & a < 1` groups as the chain `a > (0 & a) < 1` and `-a ** 2` as `-(a ** 2)`, exactly
 * as Python does. Nothing is ever evaluated as code.
 */
import { ConditionSyntaxError, tokenize, type Token } from './conditionTokens';
import { maskMsg, type Msg } from './message';

export type CompareOp = '>' | '<' | '>=' | '<=' | '==' | '!=';
export type BinaryOp =
  '|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '/' | '//' | '%' | '@' | '**';

/** A parsed condition. `parens` records brackets the user wrote around the node. */
export type ConditionNode =
  | { kind: 'name'; name: string; parens?: boolean }
  | { kind: 'number'; text: string; integer: boolean; parens?: boolean }
  | { kind: 'constant'; value: boolean | null; parens?: boolean }
  | { kind: 'compare'; operands: ConditionNode[]; ops: CompareOp[]; parens?: boolean }
  | { kind: 'binary'; op: BinaryOp; left: ConditionNode; right: ConditionNode; parens?: boolean }
  | { kind: 'unary'; op: '~' | '-' | '+'; operand: ConditionNode; parens?: boolean }
  | {
      kind: 'logical';
      op: 'and' | 'or';
      left: ConditionNode;
      right: ConditionNode;
      parens?: boolean;
    }
  | { kind: 'not'; operand: ConditionNode; parens?: boolean }
  | { kind: 'attribute'; object: ConditionNode; name: string; parens?: boolean }
  | { kind: 'call'; callee: ConditionNode; args: ConditionNode[]; parens?: boolean };

export type ParseOutcome =
  { ok: true; node: ConditionNode } | { ok: false; message: Msg; column: number };

/** Binding powers, Python's table; `intent` moves `&`, `^`, `|` below the comparisons. */
const PREC = { or: 10, and: 20, not: 30, compare: 40, unary: 110, power: 120, primary: 130 };
const BINARY_PREC: Record<string, number> = {
  '|': 50,
  '^': 60,
  '&': 70,
  '<<': 80,
  '>>': 80,
  '+': 90,
  '-': 90,
  '*': 100,
  '/': 100,
  '//': 100,
  '%': 100,
  '@': 100,
  '**': PREC.power,
};
const INTENT_PREC: Record<string, number> = { '|': 10, '^': 15, '&': 20 };
const COMPARE_OPS: readonly string[] = ['>', '<', '>=', '<=', '==', '!='];
/** Python keywords a condition might contain that this language does not take. */
const UNSUPPORTED_WORDS = ['is', 'in', 'if', 'else', 'lambda', 'for', 'await'];
const BOOL_FUNCTIONS = ['isnan', 'logical_and', 'logical_or', 'logical_xor', 'logical_not'];
const BOOL_METHODS = ['any', 'all'];

/**
 * Whether a node certainly gives booleans (used by `intent` to turn `and`/`or`/`not` of plain
 * values into comparisons with 0, so that a suggestion is a mask).
 */
function isBoolish(node: ConditionNode): boolean {
  switch (node.kind) {
    case 'compare':
    case 'logical':
    case 'not':
      return true;
    case 'constant':
      return node.value !== null;
    case 'unary':
      return node.op === '~' && isBoolish(node.operand);
    case 'binary':
      return ['&', '|', '^'].includes(node.op) && isBoolish(node.left) && isBoolish(node.right);
    case 'call':
      return node.callee.kind === 'attribute'
        ? BOOL_FUNCTIONS.includes(node.callee.name) || BOOL_METHODS.includes(node.callee.name)
        : false;
    default:
      return false;
  }
}

const compareWithZero = (node: ConditionNode, op: '!=' | '=='): ConditionNode => ({
  kind: 'compare',
  operands: [node, { kind: 'number', text: '0', integer: true }],
  ops: [op],
});

/**
 * Pratt parser over the token list. With `intent`, `&`, `^` and `|` sit below the comparisons,
 * `and`/`or`/`not` mean `&`/`|`/`~` and chains `0 < a < 1` mean `(0 < a) & (a < 1)`: how people
 * read them, used to suggest a fix.
 */
function parseTokens(tokens: Token[], intent: boolean): ConditionNode {
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (w: string) => peek().type === 'word' && peek().text === w;
  const isOp = (o: string) => peek().type === 'op' && peek().text === o;
  /** What was expected: `token` for a character, else the id of a description. */
  const fail = (what: string, token?: string): never => {
    const t = peek();
    const { column } = t;
    if (t.type === 'word' && UNSUPPORTED_WORDS.includes(t.text)) {
      throw new ConditionSyntaxError(
        maskMsg('parse.notEvaluated', { word: t.text, column }),
        column,
      );
    }
    const found =
      t.type === 'end'
        ? maskMsg('parse.found.end')
        : maskMsg('parse.found.token', { token: t.text });
    const expected = token ? maskMsg('parse.what.token', { token }) : maskMsg(`parse.what.${what}`);
    throw new ConditionSyntaxError(
      maskMsg('parse.expected', { what: expected, column, found }),
      column,
    );
  };
  const expectOp = (o: string) => {
    if (!isOp(o)) fail('token', o);
    pos++;
  };
  const binaryPrec = (op: string) =>
    intent && op in INTENT_PREC ? INTENT_PREC[op] : BINARY_PREC[op];

  const atom = (): ConditionNode => {
    const t = peek();
    if (t.type === 'num') {
      pos++;
      return { kind: 'number', text: t.text, integer: /^[\d_]+$/.test(t.text) };
    }
    if (t.type === 'word') {
      if (['and', 'or', 'not'].includes(t.text)) fail('operand');
      if (UNSUPPORTED_WORDS.includes(t.text)) fail('anOperand');
      pos++;
      if (t.text === 'True' || t.text === 'False')
        return { kind: 'constant', value: t.text === 'True' };
      if (t.text === 'None') return { kind: 'constant', value: null };
      return { kind: 'name', name: t.text };
    }
    if (isOp('(')) {
      pos++;
      const inner = expression(0);
      expectOp(')');
      return { ...inner, parens: true };
    }
    return fail('operand');
  };

  const primary = (): ConditionNode => {
    let node = atom();
    for (;;) {
      if (isOp('.')) {
        pos++;
        const t = peek();
        if (t.type !== 'word') fail('name');
        pos++;
        node = { kind: 'attribute', object: node, name: t.text };
      } else if (isOp('(')) {
        pos++;
        const args: ConditionNode[] = [];
        while (!isOp(')')) {
          args.push(expression(0));
          if (!isOp(',')) break;
          pos++;
        }
        expectOp(')');
        node = { kind: 'call', callee: node, args };
      } else return node;
    }
  };

  const prefix = (min: number): ConditionNode => {
    if (isWord('not')) {
      // `not` starts a not_test: allowed at the top and under and/or/not, never under & or +
      if (min >= PREC.not) fail('not');
      pos++;
      const operand = expression(PREC.not);
      if (!intent) return { kind: 'not', operand };
      return isBoolish(operand)
        ? { kind: 'unary', op: '~', operand }
        : compareWithZero(operand, '==');
    }
    if (isOp('~') || isOp('-') || isOp('+')) {
      const op = tokens[pos++].text as '~' | '-' | '+';
      return { kind: 'unary', op, operand: expression(PREC.unary) };
    }
    return primary();
  };

  const chain = (first: ConditionNode): ConditionNode => {
    const operands = [first];
    const ops: CompareOp[] = [];
    while (peek().type === 'op' && COMPARE_OPS.includes(peek().text)) {
      ops.push(tokens[pos++].text as CompareOp);
      operands.push(expression(PREC.compare));
    }
    if (!intent || ops.length === 1) return { kind: 'compare', operands, ops };
    // 0 < a < 1 means (0 < a) & (a < 1)
    return ops
      .map((op, k): ConditionNode => ({
        kind: 'compare',
        operands: operands.slice(k, k + 2),
        ops: [op],
      }))
      .reduce((left, right) => ({ kind: 'binary', op: '&', left, right }));
  };

  const logical = (op: 'and' | 'or', left: ConditionNode, right: ConditionNode): ConditionNode => {
    if (!intent) return { kind: 'logical', op, left, right };
    const mask = (node: ConditionNode) => (isBoolish(node) ? node : compareWithZero(node, '!='));
    return { kind: 'binary', op: op === 'and' ? '&' : '|', left: mask(left), right: mask(right) };
  };

  function expression(min: number): ConditionNode {
    let left = prefix(min);
    for (;;) {
      const t = peek();
      if (t.type === 'word' && (t.text === 'and' || t.text === 'or')) {
        const prec = PREC[t.text];
        if (prec <= min) return left;
        pos++;
        left = logical(t.text, left, expression(prec));
      } else if (t.type === 'op' && COMPARE_OPS.includes(t.text)) {
        if (PREC.compare <= min) return left;
        left = chain(left);
      } else if (t.type === 'op' && t.text in BINARY_PREC) {
        const prec = binaryPrec(t.text);
        if (prec <= min) return left;
        pos++;
        // ** is right-associative and takes a unary operand on its right: 2 ** -1
        const right = t.text === '**' ? expression(PREC.unary - 1) : expression(prec);
        left = { kind: 'binary', op: t.text as BinaryOp, left, right };
      } else return left;
    }
  }

  const node = expression(0);
  if (peek().type !== 'end') fail('operator');
  return node;
}

function attempt<T>(fn: () => T): T | ConditionSyntaxError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ConditionSyntaxError) return error;
    throw error;
  }
}

/**
 * Parses a condition with Python's precedence.
 *
 * @example parseCondition('a > 0 & a < 1') // a chain a > (0 & a) < 1
 */
export function parseCondition(text: string): ParseOutcome {
  if (!text.trim()) return { ok: false, message: maskMsg('parse.empty'), column: 1 };
  const result = attempt(() => parseTokens(tokenize(text), false));
  return result instanceof ConditionSyntaxError
    ? { ok: false, message: result.reason, column: result.column }
    : { ok: true, node: result };
}

/** How tightly a node binds, for deciding brackets. */
function precOf(node: ConditionNode): number {
  switch (node.kind) {
    case 'logical':
      return PREC[node.op];
    case 'not':
      return PREC.not;
    case 'compare':
      return PREC.compare;
    case 'binary':
      return BINARY_PREC[node.op];
    case 'unary':
      return PREC.unary;
    case 'number':
      // -1 prints with its sign: bracket it where a unary would be
      return node.text.startsWith('-') ? PREC.unary : PREC.primary;
    default:
      return PREC.primary;
  }
}

const isBitwise = (node: ConditionNode) =>
  node.kind === 'binary' && ['&', '|', '^'].includes(node.op);
const isBooleanLevel = (node: ConditionNode) =>
  node.kind === 'compare' || node.kind === 'logical' || node.kind === 'not' || isBitwise(node);

/**
 * Whether `child` needs brackets under `parent` (on the given side): Python's precedence, plus
 * brackets for clarity around every comparison nested in another operation, around bitwise
 * operations inside a comparison, and around the boolean operands of `and`, `or`, `not`.
 */
function needsParens(child: ConditionNode, parent: ConditionNode, side: 'left' | 'right'): boolean {
  const own = precOf(child);
  switch (parent.kind) {
    case 'logical':
    case 'not':
      return isBooleanLevel(child);
    case 'compare':
      return own <= PREC.compare || isBitwise(child);
    case 'binary': {
      const theirs = precOf(parent);
      if (child.kind === 'compare') return true;
      if (own !== theirs) return own < theirs;
      // left-associative, except ** which groups to the right
      return parent.op === '**' ? side === 'left' : side === 'right';
    }
    case 'unary':
      return own < PREC.unary;
    case 'attribute':
    case 'call':
      return own < PREC.primary;
    default:
      return false;
  }
}

/**
 * Prints a condition with the brackets Python's grouping implies (every comparison nested in
 * another operation is bracketed), so `a > 0 & a < 1` prints as `a > (0 & a) < 1`.
 *
 * @param node a node from {@link parseCondition}
 * @param rename prints names through this map (e.g. `np` → `torch`), for a library's spelling
 * @example formatCondition(parseCondition('a > 0 & a < 1').node) // 'a > (0 & a) < 1'
 */
export function formatCondition(node: ConditionNode, rename: Record<string, string> = {}): string {
  const sub = (child: ConditionNode, side: 'left' | 'right' = 'left') => {
    const text = formatCondition(child, rename);
    return needsParens(child, node, side) ? `(${text})` : text;
  };
  switch (node.kind) {
    case 'name':
      return rename[node.name] ?? node.name;
    case 'number':
      return node.text;
    case 'constant':
      return node.value === null ? 'None' : node.value ? 'True' : 'False';
    case 'compare':
      return node.operands.map((o, k) => (k ? `${node.ops[k - 1]} ` : '') + sub(o)).join(' ');
    case 'binary':
      return `${sub(node.left, 'left')} ${node.op} ${sub(node.right, 'right')}`;
    case 'unary':
      return `${node.op}${sub(node.operand)}`;
    case 'logical':
      return `${sub(node.left)} ${node.op} ${sub(node.right)}`;
    case 'not':
      return `not ${sub(node.operand)}`;
    case 'attribute':
      return `${sub(node.object)}.${node.name}`;
    case 'call':
      return `${sub(node.callee)}(${node.args.map((arg) => formatCondition(arg, rename)).join(', ')})`;
  }
}

/**
 * What the writer most likely meant, in a form that works on arrays: `and`/`or`/`not` become
 * `&`/`|`/`~` (a plain value x becomes `x != 0`, or `x == 0` under `not`), chains `0 < a < 1`
 * become `(0 < a) & (a < 1)`, and `&`/`|` are read below the comparisons, each comparison
 * bracketed. Null when the text does not parse that way either. The caller checks that the
 * suggestion really gives a mask.
 *
 * @example suggestCondition('a > 0 & a < 1') // '(a > 0) & (a < 1)'
 * @example suggestCondition('not a') // 'a == 0'
 */
export function suggestCondition(text: string): string | null {
  const result = attempt(() => parseTokens(tokenize(text), true));
  return result instanceof ConditionSyntaxError ? null : formatCondition(result);
}
