/**
 * `node:assert/strict` for the web-worker host's test bundle (scripts/build.mjs maps the
 * import here): the few functions the suites use, with Node's strict semantics for the
 * values they compare (primitives, arrays, plain objects, class instances such as
 * `vscode.Position`). The suites are type-checked against Node's declarations.
 */

class AssertionError extends Error {
  override name = 'AssertionError';
  /** Read by mocha's reporter to show a diff. */
  readonly showDiff: boolean;

  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown, diff = false) {
    super(message);
    this.showDiff = diff;
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Node's `isDeepStrictEqual` for plain data and simple class instances. */
function deepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map || a instanceof Set || a instanceof Date || a instanceof RegExp) {
    throw new Error('the web test bundle\'s deepEqual does not compare Map, Set, Date or RegExp');
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepStrictEqual(recordA[key], recordB[key]));
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(message ?? `Expected values to be strictly equal: ${show(actual)} !== ${show(expected)}`, actual, expected, true);
  }
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!deepStrictEqual(actual, expected)) {
    throw new AssertionError(message ?? `Expected values to be strictly deep-equal: ${show(actual)} and ${show(expected)}`, actual, expected, true);
  }
}

export function match(value: string, pattern: RegExp, message?: string): void {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new AssertionError(message ?? `The input did not match ${pattern}: ${show(value)}`, value, pattern);
  }
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string): void {
  if (typeof value !== 'string' || pattern.test(value)) {
    throw new AssertionError(message ?? `The input was expected not to match ${pattern}: ${show(value)}`, value, pattern);
  }
}
