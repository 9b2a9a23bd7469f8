import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selects } from './selection.js';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selects', () => {
  it('finds a field asked for directly', () => {
    expect(selects(infoOf('{ institutions { totalCount edges { cursor } } }'), 'totalCount')).toBe(true);
  });

  it('finds a field asked for through an inline fragment or a named fragment', () => {
    expect(selects(infoOf('{ institutions { ... on InstitutionConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selects(infoOf('{ institutions { ...Count } } fragment Count on InstitutionConnection { totalCount }'), 'totalCount')).toBe(true);
  });

  it('does not find a field asked for only deeper down', () => {
    expect(selects(infoOf('{ institutions { edges { node { totalCount: name } } } }'), 'totalCount')).toBe(false);
    expect(selects(infoOf('{ institutions { edges { cursor } } }'), 'totalCount')).toBe(false);
  });
});
