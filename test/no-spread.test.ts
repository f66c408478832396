// No list is spread into a call anywhere in src/: `Math.min(...rows)` or `issues.push(...more)`
// puts every element on the stack as an argument, and at about 125,000 elements V8 stops with
// "Maximum call stack size exceeded" (`complaints --out` on 199,000 rows ended as an internal
// error). Loops, or minOf / maxOf / appendAll of src/domain/arrays.ts, fold a list of any length.
// Spreads in array and object literals build a value and are fine.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, minOf } from '../src/domain/arrays';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * True when the spread is of the enclosing function's own rest parameter (`f(...args)` inside
 * `function g(...args)`): its elements were already the arguments of one call, so passing them on
 * costs no more stack than that call did. Nothing else is allowed: there is no list of exceptions.
 */
function forwardsOwnRest(spread: ts.SpreadElement): boolean {
  if (!ts.isIdentifier(spread.expression)) return false;
  const name = spread.expression.text;
  // The nearest enclosing function that has a parameter of that name declares it.
  for (let node: ts.Node | undefined = spread.parent; node; node = node.parent) {
    if (!ts.isFunctionLike(node)) continue;
    const parameter = node.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
    if (parameter) return parameter.dotDotDotToken !== undefined;
  }
  return false;
}

/** Every spread that is an argument of a call or `new` in a file, as `path:line: call`. */
function spreadsIntoCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isSpreadElement(node) &&
      (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) &&
      !forwardsOwnRest(node)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      const call = node.parent.getText(source).replace(/\s+/g, ' ').slice(0, 100);
      found.push(`${file}:${line + 1}: ${call}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no spread of a list into a call', () => {
  it('finds none in src/', () => {
    const found = sources(join(ROOT, 'src')).flatMap((path) =>
      spreadsIntoCalls(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('catches the spreads that crashed, and lets literals and forwarded rest parameters be', () => {
    const caught = spreadsIntoCalls(
      'x.ts',
      [
        'const a = Math.min(...rows);',
        'issues.push(...more);',
        'new Set(...lists);',
        'const b = [...rows, 1];',
        'const c = { ...options, x: 1 };',
        'function f(...args: number[]) { return g(...args); }',
        'function h(list: number[]) { return g(...list); }',
        'function k(...args: number[]) { return () => g(...args); }',
        'function m(...args: number[]) { return (args: number[]) => g(...args); }',
      ].join('\n'),
    );
    expect(caught).toEqual([
      'x.ts:1: Math.min(...rows)',
      'x.ts:2: issues.push(...more)',
      'x.ts:3: new Set(...lists)',
      'x.ts:7: g(...list)',
      'x.ts:9: g(...args)',
    ]);
  });

  it('folds 300,000 numbers and items where a spread overflows the stack', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);
    expect(() => Math.min(...rows)).toThrow(RangeError);
    expect(minOf(rows)).toBe(rows.reduce((a, b) => (b < a ? b : a)));
    expect(maxOf(rows)).toBe(rows.reduce((a, b) => (b > a ? b : a)));
    const target = [1];
    expect(appendAll(target, rows)).toBe(target);
    expect(target).toHaveLength(300_001);
    expect(target[300_000]).toBe(rows[299_999]);
  });

  it('gives what Math.min and Math.max give on short lists', () => {
    for (const list of [[], [3], [2, -1, 5], [1, Number.NaN, 0], [Number.POSITIVE_INFINITY]]) {
      expect(minOf(list)).toBe(Math.min(...list));
      expect(maxOf(list)).toBe(Math.max(...list));
      expect(maxOf(list, 4)).toBe(Math.max(4, ...list));
      expect(minOf(list, 4)).toBe(Math.min(4, ...list));
    }
  });
});
