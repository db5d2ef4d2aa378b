/**
 * The condition language of the mask lab: the Python expressions people write inside `a[...]`,
 * parsed with Python's own precedence (lowest first):
 *
 *   or  <  and  <  not  <  comparisons (chained)  <  |  <  &  <  unary ~ - +
 *
 * so `a > 0 & a < 1` groups as the chain `a > (0 & a) < 1`, exactly as Python does. A small
 * recursive-descent parser: nothing is ever evaluated as code.
 */

export type CompareOp = '>' | '<' | '>=' | '<=' | '==' | '!=';

/** A parsed condition. `parens` records brackets the user wrote around the node. */
export type ConditionNode =
  | { kind: 'name'; name: string; parens?: boolean }
  | { kind: 'number'; value: number; text: string; integer: boolean; parens?: boolean }
  | { kind: 'bool-literal'; value: boolean; parens?: boolean }
  | { kind: 'compare'; operands: ConditionNode[]; ops: CompareOp[]; parens?: boolean }
  | { kind: 'bitwise'; op: '&' | '|'; left: ConditionNode; right: ConditionNode; parens?: boolean }
  | { kind: 'unary'; op: '~' | '-' | '+'; operand: ConditionNode; parens?: boolean }
  | {
      kind: 'logical';
      op: 'and' | 'or';
      left: ConditionNode;
      right: ConditionNode;
      parens?: boolean;
    }
  | { kind: 'not'; operand: ConditionNode; parens?: boolean };

export type ParseOutcome =
  { ok: true; node: ConditionNode } | { ok: false; message: string; column: number };

type Token = { type: 'num' | 'word' | 'op' | 'end'; text: string; column: number };

const OPERATORS = ['>=', '<=', '==', '!=', '>', '<', '&', '|', '~', '-', '+', '(', ')'];
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;

class ParseError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    const word = WORD.exec(rest);
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (num) tokens.push({ type: 'num', text: num[0], column: i + 1 });
    else if (word) tokens.push({ type: 'word', text: word[0], column: i + 1 });
    else if (op) tokens.push({ type: 'op', text: op, column: i + 1 });
    else {
      throw new ParseError(
        `“${rest[0]}” at column ${i + 1} is not part of a condition: use a, numbers, comparisons (> < >= <= == !=), &, |, ~ and parentheses`,
        i + 1,
      );
    }
    i += (num ?? word)?.[0].length ?? op!.length;
  }
  tokens.push({ type: 'end', text: '', column: text.length + 1 });
  return tokens;
}

const COMPARE_OPS: readonly string[] = ['>', '<', '>=', '<=', '==', '!='];

/**
 * Recursive descent over the token list. With `intent`, `&` and `|` sit below the comparisons
 * and `and`/`or`/`not` mean `&`/`|`/`~`: how people read `a > 0 & a < 1`, used to suggest a fix.
 */
function parseTokens(tokens: Token[], intent: boolean): ConditionNode {
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (w: string) => peek().type === 'word' && peek().text === w;
  const isOp = (o: string) => peek().type === 'op' && peek().text === o;
  const fail = (what: string): never => {
    const t = peek();
    const found = t.type === 'end' ? 'the end' : `“${t.text}”`;
    throw new ParseError(`expected ${what} at column ${t.column}, found ${found}`, t.column);
  };

  /**
   * One left-associative level: `and` / `or` (read as `&` / `|` with `intent`), or the bitwise
   * operator itself.
   */
  const level =
    (next: () => ConditionNode, word: 'and' | 'or' | null, op: '&' | '|', bitwise: boolean) =>
    (): ConditionNode => {
      let left = next();
      while ((word && isWord(word)) || (bitwise && isOp(op))) {
        const logical = !intent && peek().type === 'word';
        pos++;
        const right = next();
        left = logical
          ? { kind: 'logical', op: word!, left, right }
          : { kind: 'bitwise', op, left, right };
      }
      return left;
    };
  const orExpr = (): ConditionNode => level(andExpr, 'or', '|', intent)();
  const andExpr = (): ConditionNode => level(notExpr, 'and', '&', intent)();
  const notExpr = (): ConditionNode => {
    if (isWord('not')) {
      pos++;
      const operand = notExpr();
      return intent ? { kind: 'unary', op: '~', operand } : { kind: 'not', operand };
    }
    return comparison();
  };
  const comparison = (): ConditionNode => {
    const first = intent ? unary() : bitOr();
    const operands = [first];
    const ops: CompareOp[] = [];
    while (peek().type === 'op' && COMPARE_OPS.includes(peek().text)) {
      ops.push(tokens[pos++].text as CompareOp);
      operands.push(intent ? unary() : bitOr());
    }
    if (!ops.length) return first;
    if (intent && ops.length > 1) {
      // 0 < a < 1 means (0 < a) & (a < 1)
      let node: ConditionNode = { kind: 'compare', operands: operands.slice(0, 2), ops: [ops[0]] };
      for (let k = 1; k < ops.length; k++) {
        const next: ConditionNode = {
          kind: 'compare',
          operands: [operands[k], operands[k + 1]],
          ops: [ops[k]],
        };
        node = { kind: 'bitwise', op: '&', left: node, right: next };
      }
      return node;
    }
    return { kind: 'compare', operands, ops };
  };
  const bitOr = (): ConditionNode => level(bitAnd, null, '|', true)();
  const bitAnd = (): ConditionNode => level(unary, null, '&', true)();
  const unary = (): ConditionNode => {
    if (isOp('~') || isOp('-') || isOp('+')) {
      const op = tokens[pos++].text as '~' | '-' | '+';
      return { kind: 'unary', op, operand: unary() };
    }
    return atom();
  };
  const atom = (): ConditionNode => {
    const t = peek();
    if (t.type === 'num') {
      pos++;
      const integer = /^\d+$/.test(t.text);
      return { kind: 'number', value: Number(t.text), text: t.text, integer };
    }
    if (t.type === 'word' && !['and', 'or', 'not'].includes(t.text)) {
      pos++;
      if (t.text === 'True' || t.text === 'False') {
        return { kind: 'bool-literal', value: t.text === 'True' };
      }
      return { kind: 'name', name: t.text };
    }
    if (isOp('(')) {
      pos++;
      const inner = orExpr();
      if (!isOp(')')) fail('“)”');
      pos++;
      return { ...inner, parens: true };
    }
    return fail('a, a number or “(”');
  };

  const node = orExpr();
  if (peek().type !== 'end') fail('an operator');
  return node;
}

/**
 * Parses a condition with Python's precedence.
 *
 * @example parseCondition('a > 0 & a < 1') // a chain a > (0 & a) < 1
 */
export function parseCondition(text: string): ParseOutcome {
  try {
    if (!text.trim()) return { ok: false, message: 'the condition is empty', column: 1 };
    return { ok: true, node: parseTokens(tokenize(text), false) };
  } catch (error) {
    if (error instanceof ParseError) {
      return { ok: false, message: error.message, column: error.column };
    }
    throw error;
  }
}

/**
 * Where a node is printed: at the top, inside a comparison, under a unary operator (or `and`,
 * `or`, `not`, whose operands are bracketed for clarity), or beside `&` / `|`.
 */
type Context = 'top' | 'compare' | 'unary' | { op: '&' | '|'; side: 'left' | 'right' };

const BITWISE_RANK = { '|': 0, '&': 1 } as const;

function needsParens(node: ConditionNode, context: Context): boolean {
  if (context === 'top') return false;
  if (node.kind === 'logical' || node.kind === 'not' || node.kind === 'compare') return true;
  if (node.kind !== 'bitwise' || context === 'compare') return node.kind === 'bitwise';
  if (context === 'unary') return true;
  // a | b & c needs no brackets; (a | b) & c and a & (b & c) do
  const own = BITWISE_RANK[node.op];
  const parent = BITWISE_RANK[context.op];
  return own < parent || (own === parent && context.side === 'right');
}

/**
 * Prints a condition with the brackets Python's grouping implies (every comparison nested in
 * another operation is bracketed), so `a > 0 & a < 1` prints as `a > (0 & a) < 1`.
 *
 * @param node a node from {@link parseCondition}
 * @param context where the node sits in its parent; callers leave the default `'top'`
 * @example formatCondition(parseCondition('a > 0 & a < 1').node) // 'a > (0 & a) < 1'
 */
export function formatCondition(node: ConditionNode, context: Context = 'top'): string {
  const wrap = (text: string) => (needsParens(node, context) ? `(${text})` : text);
  switch (node.kind) {
    case 'name':
      return node.name;
    case 'number':
      return node.text;
    case 'bool-literal':
      return node.value ? 'True' : 'False';
    case 'compare':
      return wrap(
        node.operands
          .map((o, k) => (k ? `${node.ops[k - 1]} ` : '') + formatCondition(o, 'compare'))
          .join(' '),
      );
    case 'bitwise': {
      const left = formatCondition(node.left, { op: node.op, side: 'left' });
      const right = formatCondition(node.right, { op: node.op, side: 'right' });
      return wrap(`${left} ${node.op} ${right}`);
    }
    case 'unary':
      return wrap(`${node.op}${formatCondition(node.operand, 'unary')}`);
    case 'logical':
      return wrap(
        `${formatCondition(node.left, 'unary')} ${node.op} ${formatCondition(node.right, 'unary')}`,
      );
    case 'not':
      return wrap(`not ${formatCondition(node.operand, 'unary')}`);
  }
}

/**
 * What the writer most likely meant, in a form that works on arrays: `and`/`or`/`not` become
 * `&`/`|`/`~`, chains `0 < a < 1` become `(0 < a) & (a < 1)`, and `&`/`|` are read below the
 * comparisons, each comparison bracketed. Null when the text does not parse that way either.
 *
 * @example suggestCondition('a > 0 & a < 1') // '(a > 0) & (a < 1)'
 */
export function suggestCondition(text: string): string | null {
  try {
    return formatCondition(parseTokens(tokenize(text), true));
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
}
