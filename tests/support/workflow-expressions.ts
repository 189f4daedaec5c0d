/**
 * A small evaluator for the GitHub Actions expressions the example workflows
 * use: contexts with `.name`, `['name']` and `.*`, string/number/boolean/null
 * literals, `!`, `==`, `!=`, `<`, `>`, `&&`, `||` (returning an operand, as
 * GitHub does), parentheses, and the functions success(), failure(), always(),
 * cancelled(), contains(), startsWith(), fromJSON(), toJSON(). Anything else
 * throws, so an example that starts using more fails the test loudly.
 */

/** A value an expression can produce. */
export type ExprValue = string | number | boolean | null | ExprValue[] | { [key: string]: ExprValue } | undefined;

/** What an expression can read: the contexts (github, needs, steps…) and the status functions. */
export interface ExprScope {
  contexts: Record<string, unknown>;
  status: { success(): boolean; failure(): boolean; cancelled(): boolean };
}

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") { v += "'"; i += 2; continue; }
        if (src[i] === "'") { i++; break; }
        v += src[i++];
      }
      out.push({ t: 'str', v });
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '&&', '||', '<=', '>='].includes(two)) { out.push({ t: 'op', v: two }); i += 2; continue; }
    if ('!()[].,*<>'.includes(c)) { out.push({ t: 'op', v: c }); i++; continue; }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (num) { out.push({ t: 'num', v: Number(num[0]) }); i += num[0].length; continue; }
    const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (id) { out.push({ t: 'id', v: id[0] }); i += id[0].length; continue; }
    throw new Error(`unexpected ${JSON.stringify(c)} in expression ${src}`);
  }
  return out;
}

/** GitHub's truthiness: false, 0, -0, '', null (and undefined) are false. */
export function isTruthy(v: unknown): boolean {
  return !(v === false || v === 0 || v === '' || v === null || v === undefined || Number.isNaN(v));
}

/** GitHub's loose equality: strings case-insensitive, mixed types compared as numbers. */
function looseEquals(a: unknown, b: unknown): boolean {
  const na = a ?? null;
  const nb = b ?? null;
  if (typeof na === 'string' && typeof nb === 'string') return na.toLowerCase() === nb.toLowerCase();
  if (typeof na === typeof nb) return na === nb;
  const num = (x: unknown) => (x === null ? 0 : typeof x === 'number' ? x : typeof x === 'boolean' ? Number(x) : typeof x === 'string' ? (x.trim() === '' ? 0 : Number(x)) : NaN);
  return num(na) === num(nb);
}

/** Reads a property as GitHub does: a missing one is null; `*` maps over an object's values. */
function member(obj: unknown, key: string): unknown {
  if (obj === null || obj === undefined || typeof obj !== 'object') return null;
  if (key === '*') return Array.isArray(obj) ? obj : Object.values(obj);
  if (Array.isArray(obj) && !/^\d+$/.test(key)) return obj.map((x) => member(x, key));
  return (obj as Record<string, unknown>)[key] ?? null;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly scope: ExprScope, private readonly src: string) {}

  parse(): unknown {
    const v = this.or();
    if (this.i < this.tokens.length) throw new Error(`unexpected ${JSON.stringify(this.tokens[this.i])} in ${this.src}`);
    return v;
  }

  private peek(v: string): boolean {
    const t = this.tokens[this.i];
    return t?.t === 'op' && t.v === v;
  }

  private expect(v: string): void {
    if (!this.peek(v)) throw new Error(`expected ${v} in ${this.src}`);
    this.i++;
  }

  private or(): unknown {
    let left = this.and();
    while (this.peek('||')) { this.i++; const right = this.and(); left = isTruthy(left) ? left : right; }
    return left;
  }

  private and(): unknown {
    let left = this.cmp();
    while (this.peek('&&')) { this.i++; const right = this.cmp(); left = isTruthy(left) ? right : left; }
    return left;
  }

  private cmp(): unknown {
    const left = this.unary();
    for (const op of ['==', '!=', '<', '>', '<=', '>=']) {
      if (!this.peek(op)) continue;
      this.i++;
      const right = this.unary();
      if (op === '==') return looseEquals(left, right);
      if (op === '!=') return !looseEquals(left, right);
      const [a, b] = [Number(left), Number(right)];
      return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
    return left;
  }

  private unary(): unknown {
    if (this.peek('!')) { this.i++; return !isTruthy(this.unary()); }
    return this.postfix(this.primary());
  }

  private postfix(value: unknown): unknown {
    let v = value;
    for (;;) {
      if (this.peek('.')) {
        this.i++;
        const t = this.tokens[this.i++];
        if (t?.t === 'op' && t.v === '*') v = member(v, '*');
        else if (t?.t === 'id') v = member(v, t.v);
        else throw new Error(`expected a property name in ${this.src}`);
      } else if (this.peek('[')) {
        this.i++;
        const key = this.or();
        this.expect(']');
        v = member(v, String(key));
      } else return v;
    }
  }

  private primary(): unknown {
    const t = this.tokens[this.i++];
    if (!t) throw new Error(`unexpected end of ${this.src}`);
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'op' && t.v === '(') { const v = this.or(); this.expect(')'); return v; }
    if (t.t !== 'id') throw new Error(`unexpected ${t.v} in ${this.src}`);
    if (t.v === 'true' || t.v === 'false') return t.v === 'true';
    if (t.v === 'null') return null;
    if (this.peek('(')) {
      this.i++;
      const args: unknown[] = [];
      while (!this.peek(')')) { args.push(this.or()); if (this.peek(',')) this.i++; }
      this.i++;
      return this.call(t.v, args);
    }
    if (!(t.v in this.scope.contexts)) throw new Error(`unknown context ${t.v} in ${this.src}`);
    return this.scope.contexts[t.v];
  }

  private call(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'success': return this.scope.status.success();
      case 'failure': return this.scope.status.failure();
      case 'cancelled': return this.scope.status.cancelled();
      case 'always': return true;
      case 'contains': return Array.isArray(args[0]) ? args[0].some((x) => looseEquals(x, args[1])) : String(args[0] ?? '').toLowerCase().includes(String(args[1] ?? '').toLowerCase());
      case 'startsWith': return String(args[0] ?? '').toLowerCase().startsWith(String(args[1] ?? '').toLowerCase());
      case 'fromJSON': return JSON.parse(String(args[0]));
      case 'toJSON': return JSON.stringify(args[0], null, 2);
      default: throw new Error(`function ${name}() is not supported by the test evaluator (in ${this.src})`);
    }
  }
}

/** Evaluates one expression (the text inside `${{ }}`, or a bare `if:`). */
export function evaluateExpression(src: string, scope: ExprScope): unknown {
  return new Parser(tokenize(src), scope, src).parse();
}

/** How a value becomes text in a template: null is '', objects are JSON. */
function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Replaces every `${{ … }}` in a string; a value that is not a string is returned as is. */
export function evaluateTemplate(value: unknown, scope: ExprScope): string {
  if (typeof value !== 'string') return toText(value);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => toText(evaluateExpression(expr, scope)));
}

/** An `if:` condition: with or without `${{ }}`; without any status function, success() is implied. */
export function evaluateCondition(condition: unknown, scope: ExprScope): boolean {
  if (condition === undefined || condition === null) return scope.status.success();
  if (typeof condition === 'boolean') return condition;
  let src = String(condition).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(src);
  if (whole) src = (whole[1] as string).trim();
  if (!/\b(success|failure|always|cancelled)\(\)/.test(src)) src = `success() && (${src})`;
  return isTruthy(evaluateExpression(src, scope));
}
