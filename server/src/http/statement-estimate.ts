import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIST_SIZE, listSize } from './list-sizes.js';
import { STATEMENT_COST } from './statement-costs.js';

/**
 * Where a selection set is resolved: for how many parent objects at most (`items`), which
 * arrive in at most `waves` separate resolutions. A per-item resolver runs once per item; a
 * loader runs once per wave, since the items of one resolution reach it in the same tick.
 * `page` is the `first` of the field that returned a connection, for its `edges`.
 */
interface Where {
  items: number;
  waves: number;
  page: number;
}

/** Statements the server may need before it answers: the request's account check. */
const PER_REQUEST = 1;
/** A list missing from LIST_SIZE (list-sizes.test.ts forbids one) counts as a full page. */
const UNSIZED = 100;

/**
 * An upper bound of the SQL statements an operation needs, from the document alone (with
 * its variables): the per-field costs of statement-costs.ts times how often each field
 * resolves, list sizes from list-sizes.ts. Fields merge as GraphQL merges them (one
 * response key, one resolution); @skip and @include are ignored, so skipped fields count.
 * Throws the GraphQLError of bad variables.
 */
export function statementEstimate(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return PER_REQUEST;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return PER_REQUEST;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0]!;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const walk = new Walk(fragments, coerced.coerced);
  // Root fields resolve apart from each other (each its own wave); mutations one by one.
  return PER_REQUEST + walk.selection(root, [operation.selectionSet], { items: 1, waves: 1, page: 1 }, true);
}

class Walk {
  constructor(
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selection(type: GraphQLObjectType, sets: readonly SelectionSetNode[], where: Where, root = false): number {
    let total = 0;
    const loadersUsed = new Set<string>();
    for (const nodes of this.collect(sets).values()) {
      const name = nodes[0]!.name.value;
      if (name.startsWith('__')) continue; // introspection and __typename: no SQL
      const field = type.getFields()[name];
      if (!field) continue;
      const cost = STATEMENT_COST[`${type.name}.${name}`];
      let childWaves = where.waves;
      if (cost && 'perCall' in cost) {
        total += cost.perCall * where.items;
        if (cost.perCall > 0) childWaves = where.items;
      } else if (cost) {
        // A loader's batch splits by arguments (each page size its own statement, as
        // institutionHistories does), and root fields are waves of their own.
        const args = JSON.stringify(getArgumentValues(field, nodes[0]!, this.variables));
        const key = `${cost.loader}|${args}${root ? `|${nodes[0]!.alias?.value ?? name}` : ''}`;
        if (!loadersUsed.has(key)) total += cost.batched * where.waves;
        loadersUsed.add(key);
      }
      total += this.children(type, field, nodes, { ...where, waves: childWaves });
    }
    return total;
  }

  private children(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], where: Where): number {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return 0;
    const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    const args = getArgumentValues(field, nodes[0]!, this.variables);
    const size = listSize(type.name, field.name, args);
    let items = where.items;
    let page = where.page;
    if (isList(field.type)) items *= LIST_SIZE[`${type.name}.${field.name}`] === 'connection' ? page : (size ?? UNSIZED);
    else if (size !== undefined) page = size; // a connection: its edges are this page
    return this.selection(named, sets, { items, waves: Math.min(where.waves, items), page });
  }

  /** The fields of selection sets by response key, fragments spread, as execution merges them. */
  private collect(sets: readonly SelectionSetNode[], into = new Map<string, FieldNode[]>(), spread = new Set<string>()): Map<string, FieldNode[]> {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          into.set(key, [...(into.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          this.collect([selection.selectionSet], into, spread);
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value);
          const fragment = this.fragments.get(selection.name.value);
          if (fragment) this.collect([fragment.selectionSet], into, spread);
        }
      }
    }
    return into;
  }
}

function isList(type: GraphQLOutputType): boolean {
  return isNonNullType(type) ? isList(type.ofType) : isListType(type);
}
