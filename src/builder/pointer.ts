// JSON Pointers (RFC 6901) into an article part: reading, writing and removing the value at
// `/stages/1/value`, and the pointer of a widget's issue (`stages[1].value`). Writes return a new
// object and leave the old one as it was, so the form can compare before and after.

/** `/stages/1/value` → `['stages', '1', 'value']`. */
export const tokens = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

type Container = Record<string, unknown> | unknown[];

/** The value at `pointer` in `data`, or undefined. */
export function getAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const token of tokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * A copy of `data` with `value` at `pointer` (missing objects on the way created); `undefined`
 * removes the property, or the item of a list.
 */
export function setAt<T>(data: T, pointer: string, value: unknown): T {
  const [head, ...rest] = tokens(pointer);
  if (head === undefined) return value as T;
  const copy: Container = Array.isArray(data)
    ? [...(data as unknown[])]
    : { ...((data ?? {}) as Record<string, unknown>) };
  const inner = (copy as Record<string, unknown>)[head];
  const next = rest.length ? setAt(inner, `/${rest.join('/')}`, value) : value;
  if (next === undefined && Array.isArray(copy)) copy.splice(Number(head), 1);
  else if (next === undefined) delete (copy as Record<string, unknown>)[head];
  else (copy as Record<string, unknown>)[head] = next;
  return copy as T;
}

/** A widget issue's attribute, `stages[1].value` or `converted-amount`, as a pointer in the part. */
export function issuePointer(attribute: string): string {
  const path = attribute
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    .replace(/\[(\d+)\]/g, '.$1');
  return `/${path.split('.').join('/')}`;
}
