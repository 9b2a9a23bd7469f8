// The schema's own list of what a caller can type in: every text field of every argument
// (walked through input objects and lists) and every ID argument, with operations that
// fill the other arguments plausibly. Tests take whole classes of input from here, so a
// field added to the schema is covered without anyone remembering to add it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  astFromValue,
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
export const schema: GraphQLSchema = buildSchema(readFileSync(path.join(here, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

export type Kind = 'query' | 'mutation' | 'subscription';

/** Arguments and input fields whose text may span lines; the server's list (common/text-rules.ts). */
export const MULTI_LINE_FIELDS = new Set(['reason', 'sourceNote']);
/** Free text: only the rules every string keeps (no NUL, no lone surrogate). */
export const FREE_TEXT_FIELDS = new Set(['password']);

export interface TextInput {
  kind: Kind;
  field: string;
  /** Dotted path from the argument, as the API names a field in `extensions.field`: `patch.name`. */
  path: string;
  /** The last name of the path: `name`. */
  leaf: string;
}

function rootFields(kind: Kind): GraphQLField<unknown, unknown>[] {
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.values(root?.getFields() ?? {});
}

function textPaths(type: GraphQLInputType, prefix: string, seen: Set<string>): string[] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' ? [prefix] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set([...seen, named.name]);
  return Object.values(named.getFields()).flatMap((f) => textPaths(f.type, `${prefix}.${f.name}`, inner));
}

/** Every String argument and String input field of every root field of `kind`. */
export function textInputs(kind: Kind): TextInput[] {
  return rootFields(kind).flatMap((field) =>
    field.args.flatMap((arg) => textPaths(arg.type, arg.name, new Set()).map((p) => ({ kind, field: field.name, path: p, leaf: p.split('.').pop()! }))),
  );
}

/** Every root field of `kind` with an ID argument, and that argument's name. */
export function idArguments(kind: Kind): { field: string; arg: string }[] {
  return rootFields(kind).flatMap((field) => field.args.filter((a) => getNamedType(a.type).name === 'ID').map((a) => ({ field: field.name, arg: a.name })));
}

function filler(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  // A list of input objects gets one item, so that a path into it (`parts.title`) has a place.
  if (isListType(inner)) return isInputObjectType(getNullableType(inner.ofType)) ? [filler(inner.ofType)] : [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, filler(f.type)]));
  }
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '1';
    case 'LocalDate':
      return '2024-01-01';
    case 'DateTime':
      return '2024-01-01T00:00:00Z';
    default:
      return '421002';
  }
}

function setAt(target: Record<string, unknown>, keys: string[], value: unknown): void {
  const [head, ...rest] = keys;
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const found = (target[head!] ??= {}) as Record<string, unknown> | Record<string, unknown>[];
  setAt(Array.isArray(found) ? found[0]! : found, rest, value);
}

/**
 * An operation on one root field with every argument passed as a variable: the required
 * ones filled plausibly, and `overrides` (dotted paths: `patch.name`) set as given.
 */
export function operationWith(kind: Kind, fieldName: string, overrides: Record<string, unknown>): { query: string; variables: Record<string, unknown> } {
  const field = rootFields(kind).find((f) => f.name === fieldName)!;
  const roots = new Set(Object.keys(overrides).map((p) => p.split('.')[0]!));
  const args = field.args.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || roots.has(a.name));
  const variables: Record<string, unknown> = Object.fromEntries(args.map((a) => [a.name, filler(a.type)]));
  for (const [p, value] of Object.entries(overrides)) setAt(variables, p.split('.'), value);
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return { query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`, variables };
}

/** The same operation with every value written into the query text as a literal, escapes and all. */
export function literalOperationWith(kind: Kind, fieldName: string, overrides: Record<string, unknown>): string {
  const { variables } = operationWith(kind, fieldName, overrides);
  const field = rootFields(kind).find((f) => f.name === fieldName)!;
  const args = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: ${print(astFromValue(variables[a.name], a.type)!)}`);
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}
