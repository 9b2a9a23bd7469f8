import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { BadUserInputError, LimitReason } from '../common/errors.js';
import { textKindOf, textProblem } from '../common/text-rules.js';
import { hasNul } from './text-limits.js';

type Variables = Record<string, unknown> | null | undefined;

function refuse(field: string, message: string): never {
  throw new BadUserInputError(`${field}: ${message}`, { field, problems: [{ field, message }], http: { status: 400 } });
}

function checkString(text: string, field: string, leaf: string): void {
  const problem = textProblem(text, textKindOf(leaf));
  if (problem) refuse(field, problem);
}

/** A variable's value as sent, before coercion: only what the type makes of it is walked. */
function checkValue(value: unknown, type: GraphQLInputType, field: string, leaf: string, depth = 0): void {
  if (typeof value === 'string') return checkString(value, field, leaf);
  if (value === null || typeof value !== 'object' || depth > 32) return;
  const inner = getNullableType(type);
  if (Array.isArray(value)) {
    const item = isListType(inner) ? inner.ofType : inner;
    for (const element of value) checkValue(element, item, field, leaf, depth + 1);
    return;
  }
  // GraphQL takes a single value where a list is expected as a list of that one value.
  if (isListType(inner)) return checkValue(value, inner.ofType, field, leaf, depth + 1);
  if (!isInputObjectType(inner)) return;
  const fields = inner.getFields();
  for (const [name, fieldValue] of Object.entries(value)) {
    const definition = fields[name];
    if (definition) checkValue(fieldValue, definition.type, `${field}.${name}`, name, depth + 1);
  }
}

function checkNode(node: ValueNode, type: GraphQLInputType, field: string, leaf: string, variables: Variables): void {
  switch (node.kind) {
    case Kind.STRING:
      return checkString(node.value, field, leaf);
    case Kind.VARIABLE:
      return checkValue(variables?.[node.name.value], type, field, leaf);
    case Kind.LIST: {
      const inner = getNullableType(type);
      const item = isListType(inner) ? inner.ofType : inner;
      for (const value of node.values) checkNode(value, item, field, leaf, variables);
      return;
    }
    case Kind.OBJECT: {
      const inner = getNamedType(type);
      if (!isInputObjectType(inner)) return;
      const fields = inner.getFields();
      for (const entry of node.fields) {
        const definition = fields[entry.name.value];
        if (definition) checkNode(entry.value, definition.type, `${field}.${entry.name.value}`, entry.name.value, variables);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * The text rules of common/text-rules.ts over everything an operation passes to the
 * schema: the strings of its arguments, written in the query text (where an escape such as
 * \u0000 has been decoded by the parser) or sent as variables, each named by its field as
 * the API names fields (`patch.name`, `code`). Runs before the operation does, over HTTP,
 * graphql-ws and the export routes alike. A NUL anywhere else (a comment, a variable no
 * argument uses) is refused too, without a field: nothing good comes of it.
 */
export function assertValidText(schema: GraphQLSchema, document: DocumentNode, query: string | undefined, variables: Variables): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument) checkNode(node.value, argument.type, argument.name, argument.name, variables);
        return false;
      },
      VariableDefinition(node) {
        const type = typeInfo.getInputType();
        if (node.defaultValue && type) checkNode(node.defaultValue, type, `$${node.variable.name.value}`, node.variable.name.value, undefined);
        return false;
      },
    }),
  );
  if ((query ?? '').includes('\u0000') || hasNul(variables)) {
    throw new BadUserInputError('文本中不能含空字符（U+0000）/ Text must not contain the NUL character (U+0000)', { reason: LimitReason.VALIDATION_FAILED, http: { status: 400 } });
  }
}
