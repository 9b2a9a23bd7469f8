/**
 * The example operations in schema/operations/*.graphql, as GraphiQL's default tabs.
 * Vite inlines the files' text at build time, so the page needs nothing but /graphql.
 */

const sources = import.meta.glob<string>('../../../schema/operations/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Shown first; the rest follow in file-name order. */
const FIRST = 'city-totals';

export type ExampleOperation = { name: string; query: string };

function baseName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.graphql$/, '');
}

export const exampleOperations: readonly ExampleOperation[] = Object.entries(sources)
  .map(([path, query]) => ({ name: baseName(path), query }))
  .sort((a, b) => Number(b.name === FIRST) - Number(a.name === FIRST) || a.name.localeCompare(b.name));

/** One tab per example; operations that take `$code` get `{ "code": city }` as variables. */
export function exampleTabs(city: string): Array<{ query: string; variables?: string }> {
  const variables = JSON.stringify({ code: city }, null, 2);
  return exampleOperations.map(({ query }) => (query.includes('$code') ? { query, variables } : { query }));
}
