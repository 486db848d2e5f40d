// The article schema in, the builder form's fields out: one descriptor per property of a widget
// part, with its kind of input, whether it is required, its hint, and for lists the fields of one
// item. Pure: no DOM, so that the form's shape is tested in Node as well.

/** The subset of JSON Schema (2020-12) the article schema uses. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  title?: string;
  description?: string;
  enum?: string[];
  const?: unknown;
  oneOf?: JsonSchema[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minItems?: number;
  $defs?: Record<string, JsonSchema>;
}

/** A validator compiled by ajv (scripts/build-builder.mjs): true, or false with `errors` set. */
export interface Validator {
  (data: unknown): boolean;
  errors?:
    | { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[]
    | null;
}

export type FieldKind = 'text' | 'number' | 'integer' | 'boolean' | 'enum' | 'choice' | 'list';

export interface FieldSpec {
  /** Property name, e.g. `stages`. */
  key: string;
  kind: FieldKind;
  required: boolean;
  description?: string;
  /** Allowed values of an `enum`; of a `choice`, the constant it also accepts beside a number. */
  options?: string[];
  /** Fields of one item of a `list`. */
  items?: FieldSpec[];
  minItems?: number;
}

/** The definition `node` points to when it is a `$ref` inside `root`. */
function resolve(root: JsonSchema, node: JsonSchema): JsonSchema {
  if (!node.$ref) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`schema: no definition for ${node.$ref}`);
  return {
    ...resolve(root, target),
    ...(node.description ? { description: node.description } : {}),
  };
}

function kindOf(node: JsonSchema): Pick<FieldSpec, 'kind' | 'options'> {
  if (node.enum) return { kind: 'enum', options: node.enum };
  if (node.oneOf) {
    const constants = node.oneOf
      .filter((n) => typeof n.const === 'string')
      .map((n) => String(n.const));
    return { kind: 'choice', options: constants };
  }
  if (node.type === 'boolean') return { kind: 'boolean' };
  if (node.type === 'number') return { kind: 'number' };
  if (node.type === 'integer') return { kind: 'integer' };
  if (node.type === 'array') return { kind: 'list' };
  return { kind: 'text' };
}

/**
 * The form fields of an object definition of `root`, in the schema's order. `$schema` is left
 * out: it names the schema, it is not a figure of the article.
 */
export function fieldsOf(root: JsonSchema, node: JsonSchema): FieldSpec[] {
  const object = resolve(root, node);
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {})
    .filter(([key]) => key !== '$schema')
    .map(([key, raw]) => {
      const property = resolve(root, raw);
      const spec: FieldSpec = { key, required: required.has(key), ...kindOf(property) };
      if (property.description) spec.description = property.description;
      if (spec.kind === 'list' && property.items) {
        spec.items = fieldsOf(root, property.items);
        if (property.minItems) spec.minItems = property.minItems;
      }
      return spec;
    });
}

/**
 * The value a form input's text stands for: empty is no value (the field is left out), a numeral
 * is a number, anything else stays text so that the validator names the mistake.
 */
export function parseInput(kind: FieldKind, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'number' || kind === 'integer' || kind === 'choice') {
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : trimmed;
  }
  return text;
}
