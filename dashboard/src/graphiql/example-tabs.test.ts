import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleOperations, exampleTabs } from './example-tabs';

describe('example operations', () => {
  it('loads every file in schema/operations, city totals first', () => {
    expect(exampleOperations.length).toBeGreaterThanOrEqual(6);
    expect(exampleOperations[0]?.name).toBe('city-totals');
  });

  it('holds exactly one named operation per file', () => {
    for (const { name, query } of exampleOperations) {
      const operations = parse(query).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations, name).toHaveLength(1);
      expect(operations[0]?.name?.value, name).toBeTruthy();
    }
  });

  it('opens with a comment line in Chinese and English', () => {
    for (const { name, query } of exampleOperations) {
      const firstLine = query.split('\n')[0] ?? '';
      expect(firstLine, name).toMatch(/^# .*[\u4e00-\u9fff].*\|.*[A-Za-z]/);
    }
  });

  it('fills $code with the city asked for', () => {
    const [first] = exampleTabs('420100');
    expect(JSON.parse(first?.variables ?? '{}')).toEqual({ code: '420100' });
  });
});
