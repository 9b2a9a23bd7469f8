import { validate, type ValidationError } from 'class-validator';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { BadUserInputError } from './errors.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Trims every string of an input object (and its nested inputs) in place. */
function trimStrings(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const [key, inner] of Object.entries(record)) {
    if (typeof inner === 'string') record[key] = inner.trim();
    else if (Array.isArray(inner)) inner.forEach((item, i) => (typeof item === 'string' ? (inner[i] = item.trim()) : trimStrings(item, seen)));
    else trimStrings(inner, seen);
  }
}

function flatten(errors: ValidationError[], path: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${path}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The name of the field's argument whose input type is the validated class. */
function argumentName(info: GraphQLResolveInfo, argType: unknown): string {
  const typeName = typeof argType === 'function' ? argType.name : '';
  const field = info.parentType.getFields()[info.fieldName];
  return field?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? 'input';
}

/**
 * type-graphql's argument validator: trims strings, runs the class-validator rules of the
 * input classes, and answers BAD_USER_INPUT naming every offending field by its path
 * (`input.slots`), before any resolver runs.
 */
export const validateArgument: ValidatorFn = async (value, argType, resolverData) => {
  if (value === null || typeof value !== 'object') return;
  trimStrings(value);
  const errors = await validate(value as object, { forbidUnknownValues: false });
  if (errors.length === 0) return;
  const argName = argumentName(resolverData.info, argType);
  const problems = flatten(errors, argName);
  const first = problems[0]!;
  throw new BadUserInputError(`${first.field}: ${first.message}`, { field: first.field, problems });
};
