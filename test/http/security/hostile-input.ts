/**
 * Hostile and malformed values for the fuzz tests: SQL injection and script
 * text, numbers that break parsers, wrong types, deep nesting, unicode that
 * hides or reorders text, invalid ids, and strings up to the body limit; and
 * mutations that plant one of them into a valid probe input.
 */
import fc from 'fast-check';

export const SQL_INJECTION = [
  "'; drop table realisation; --",
  "1' or '1'='1",
  '1; select pg_sleep(5); --',
  "' union select password_hash from app_user --",
  '\\"; truncate audit_log; --',
  '$$; delete from session; $$',
];

export const SCRIPT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  '<svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
];

export const NUMERIC_TEXT = [
  '1e308',
  '-1e308',
  '1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e-400',
  '0x1F',
  '9'.repeat(400),
  '-0',
  '1.2.3,4',
  '١٢٣',
];

export const UNICODE = [
  '\u202Egnp.exe',
  'a\u200Bb\u200Cc\u200Dd\u2060e',
  '\uFEFFbom',
  '👩‍👩‍👧‍👦🇮🇩',
  'ناصر العربي',
  'Z̷̢͍a̵͇l̶g̷o̴',
  '\u0000',
  'nul\u0000byte',
  '\uD800',
  '\r\n',
  '\t',
  ' ',
  '',
];

export const INVALID_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  "6f1c0f8a-3c2b-4e61-9a52-9e0b5f2f3d4c' or '1'='1",
  '6f1c0f8a-3c2b-4e61-9a52-9e0b5f2f3d4cx',
  '{6f1c0f8a-3c2b-4e61-9a52-9e0b5f2f3d4c}',
  '6f1c0f8a3c2b4e619a529e0b5f2f3d4c',
  '../../etc/passwd',
];

export const HOSTILE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, 0, 1.5, -0, 2 ** 31, 1e-320];

/** Strings of the lists above, arbitrary unicode, and long ones (up to about the 1 MiB body limit). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SQL_INJECTION, ...SCRIPT, ...NUMERIC_TEXT, ...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...INVALID_UUIDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'Ω', '😀', "'; --"), fc.integer({ min: 5_000, max: 1_100_000 }))
      .map(([unit, bytes]) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))),
  },
);

/** Objects nested `depth` levels deep. */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Any value a field should not take (a hostile string, a number, a wrong type, a deep object). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}, [null], { $gt: '' }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3_000 }).map(nested) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
);

export type Mutation =
  | { kind: 'field'; path: (string | number)[]; value: unknown }
  | { kind: 'drop'; path: (string | number)[] }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'body'; value: unknown }
  | { kind: 'param'; name: string; value: string };

/** The paths of every leaf (and every object or array) of a value. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

function setPath(root: unknown, path: (string | number)[], value: unknown, drop: boolean): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (drop) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** Applies a mutation to a probe's body (path parameters are handled by the caller). */
export function mutate(body: Record<string, unknown>, mutation: Mutation): unknown {
  switch (mutation.kind) {
    case 'field':
      return setPath(body, mutation.path, mutation.value, false);
    case 'drop':
      return setPath(body, mutation.path, undefined, true);
    case 'extra':
      return { ...body, [mutation.key]: mutation.value };
    case 'body':
      return mutation.value;
    case 'param':
      return body;
  }
}

/** Mutations of a valid input whose body is `body` and whose path parameters are `params`. */
export function mutations(
  body: Record<string, unknown>,
  params: string[],
  query: boolean,
): fc.Arbitrary<Mutation> {
  const paths = pathsOf(body);
  // a query carries text only
  const value = query ? hostileString : hostileValue;
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({
      kind: fc.constant('extra' as const),
      key: fc.constantFrom('__proto__x', 'isAdmin', 'role', "a'b"),
      value,
    }),
  ];
  if (paths.length > 0) {
    options.push(
      fc.record({ kind: fc.constant('field' as const), path: fc.constantFrom(...paths), value }),
      fc.record({ kind: fc.constant('field' as const), path: fc.constantFrom(...paths), value }),
      fc.record({ kind: fc.constant('drop' as const), path: fc.constantFrom(...paths) }),
    );
  }
  if (!query)
    options.push(
      fc.record({
        kind: fc.constant('body' as const),
        value: fc.oneof(
          fc.constantFrom<unknown>([], [body], 'text', 42, null, true),
          fc.integer({ min: 100, max: 3_000 }).map(nested),
        ),
      }),
    );
  if (params.length > 0)
    options.push(
      fc.record({
        kind: fc.constant('param' as const),
        name: fc.constantFrom(...params),
        value: fc.oneof(
          fc.constantFrom(...INVALID_UUIDS, ...SQL_INJECTION, ...SCRIPT, '%00', '..'),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        ),
      }),
    );
  return fc.oneof(...options);
}

/** What the server makes of a query value (src/http/service-route.ts reads whole numbers and true/false). */
export function asQueryValue(text: string): unknown {
  if (/^-?[0-9]{1,9}$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}
