// DynamoDB condition, key-condition and update expressions over plain items (the document
// client's native values), for the in-memory table of the chaos harness. Covers the grammar the
// adapters use: comparisons, BETWEEN, AND/OR/NOT, parentheses, attribute_exists,
// attribute_not_exists, begins_with, size; SET (with if_not_exists, list_append, + and -), REMOVE.
// Top-level attribute paths only; an unsupported construct throws, so a new adapter expression
// fails loudly here instead of being evaluated wrongly.

export type Item = Record<string, unknown>;

export interface ExpressionContext {
  names?: Record<string, string> | undefined;
  values?: Record<string, unknown> | undefined;
}

type Token = { type: "name" | "value" | "ident" | "op" | "punct"; text: string };

const TOKEN = /\s*(#[A-Za-z0-9_]+|:[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*|<>|<=|>=|[=<>+\-(),])/y;

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let rest = expression.trim();
  while (rest.length > 0) {
    TOKEN.lastIndex = 0;
    const match = TOKEN.exec(rest);
    if (!match?.[1]) throw new Error(`unsupported expression near: ${rest}`);
    const text = match[1];
    const type = text.startsWith("#")
      ? "name"
      : text.startsWith(":")
        ? "value"
        : /^[A-Za-z_]/.test(text)
          ? "ident"
          : /^[(),]$/.test(text)
            ? "punct"
            : "op";
    tokens.push({ type, text });
    rest = rest.slice(match[0].length).trimStart();
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExpressionContext,
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new Error("unexpected end of expression");
    return t;
  }
  keyword(word: string): boolean {
    const t = this.peek();
    if (t?.type === "ident" && t.text.toUpperCase() === word) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new Error(`expected ${text}, got ${t.text}`);
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }

  path(): string {
    const t = this.next();
    if (t.type === "name") {
      const name = this.ctx.names?.[t.text];
      if (name === undefined) throw new Error(`no ExpressionAttributeNames entry for ${t.text}`);
      return name;
    }
    if (t.type === "ident") return t.text;
    throw new Error(`expected an attribute path, got ${t.text}`);
  }

  // operand := path | :value | size(path) | if_not_exists(path, operand) | list_append(a, b), with + / -
  operand(item: Item): unknown {
    let left = this.primary(item);
    for (;;) {
      const t = this.peek();
      if (t?.type === "op" && (t.text === "+" || t.text === "-")) {
        this.i++;
        const right = this.primary(item);
        left = t.text === "+" ? Number(left) + Number(right) : Number(left) - Number(right);
      } else {
        return left;
      }
    }
  }

  private primary(item: Item): unknown {
    const t = this.peek();
    if (!t) throw new Error("unexpected end of expression");
    if (t.type === "value") {
      this.i++;
      if (!(t.text in (this.ctx.values ?? {}))) throw new Error(`no ExpressionAttributeValues entry for ${t.text}`);
      return this.ctx.values?.[t.text];
    }
    if (t.type === "ident" && this.tokens[this.i + 1]?.text === "(") {
      const fn = t.text;
      this.i += 2;
      if (fn === "size") {
        const value = item[this.path()];
        this.expect(")");
        if (typeof value === "string" || Array.isArray(value)) return value.length;
        return value && typeof value === "object" ? Object.keys(value).length : 0;
      }
      if (fn === "if_not_exists") {
        const current = item[this.path()];
        this.expect(",");
        const fallback = this.operand(item);
        this.expect(")");
        return current === undefined ? fallback : current;
      }
      if (fn === "list_append") {
        const a = this.operand(item);
        this.expect(",");
        const b = this.operand(item);
        this.expect(")");
        return [...(a as unknown[]), ...(b as unknown[])];
      }
      throw new Error(`unsupported function ${fn} in an operand`);
    }
    return item[this.path()];
  }

  // condition := disjunction
  condition(item: Item): boolean {
    let result = this.conjunction(item);
    while (this.keyword("OR")) {
      const right = this.conjunction(item);
      result = result || right;
    }
    return result;
  }

  private conjunction(item: Item): boolean {
    let result = this.negation(item);
    while (this.keyword("AND")) {
      const right = this.negation(item);
      result = result && right;
    }
    return result;
  }

  private negation(item: Item): boolean {
    if (this.keyword("NOT")) return !this.negation(item);
    return this.comparison(item);
  }

  private comparison(item: Item): boolean {
    const t = this.peek();
    if (t?.text === "(") {
      this.i++;
      const inner = this.condition(item);
      this.expect(")");
      return inner;
    }
    if (t?.type === "ident" && this.tokens[this.i + 1]?.text === "(") {
      const fn = t.text;
      if (fn === "attribute_exists" || fn === "attribute_not_exists") {
        this.i += 2;
        const exists = item[this.path()] !== undefined;
        this.expect(")");
        return fn === "attribute_exists" ? exists : !exists;
      }
      if (fn === "begins_with") {
        this.i += 2;
        const value = this.operand(item);
        this.expect(",");
        const prefix = this.operand(item);
        this.expect(")");
        return typeof value === "string" && typeof prefix === "string" && value.startsWith(prefix);
      }
    }
    const left = this.operand(item);
    if (this.keyword("BETWEEN")) {
      const low = this.operand(item);
      if (!this.keyword("AND")) throw new Error("BETWEEN needs AND");
      const high = this.operand(item);
      return compare(left, low) >= 0 && compare(left, high) <= 0;
    }
    const op = this.next();
    if (op.type !== "op") throw new Error(`expected a comparator, got ${op.text}`);
    const right = this.operand(item);
    if (left === undefined || right === undefined) return op.text === "<>";
    switch (op.text) {
      case "=":
        return equal(left, right);
      case "<>":
        return !equal(left, right);
      case "<":
        return compare(left, right) < 0;
      case "<=":
        return compare(left, right) <= 0;
      case ">":
        return compare(left, right) > 0;
      case ">=":
        return compare(left, right) >= 0;
      default:
        throw new Error(`unsupported comparator ${op.text}`);
    }
  }
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return Buffer.compare(Buffer.from(a), Buffer.from(b));
  throw new Error(`cannot compare ${typeof a} with ${typeof b}`);
}

/** True when `item` (undefined: no item) satisfies the condition expression. */
export function evaluateCondition(expression: string, item: Item | undefined, ctx: ExpressionContext): boolean {
  const parser = new Parser(tokenize(expression), ctx);
  const result = parser.condition(item ?? {});
  if (!parser.done()) throw new Error(`trailing tokens in condition: ${expression}`);
  return result;
}

/** The item after applying an UpdateExpression (SET and REMOVE clauses). */
export function applyUpdate(expression: string, item: Item, ctx: ExpressionContext): Item {
  const parser = new Parser(tokenize(expression), ctx);
  const next: Item = { ...item };
  let clause: "SET" | "REMOVE" | null = null;
  while (!parser.done()) {
    if (parser.keyword("SET")) clause = "SET";
    else if (parser.keyword("REMOVE")) clause = "REMOVE";
    if (clause === null) throw new Error(`update expression must start with SET or REMOVE: ${expression}`);
    const path = parser.path();
    if (clause === "SET") {
      parser.expect("=");
      // Operands read the item as it was before the update, as DynamoDB does.
      next[path] = parser.operand(item);
    } else {
      delete next[path];
    }
    if (parser.peek()?.text === ",") parser.next();
  }
  return next;
}
