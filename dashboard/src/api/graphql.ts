/** POST a GraphQL operation to the same-origin /graphql endpoint and return its `data`. */

export const GRAPHQL_URL = '/graphql';

type GraphQLResponse<T> = {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string }>;
};

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
}

export async function postGraphQL<T>(
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status} ${response.statusText}`.trim());
  }

  const firstError = body.errors?.[0];
  if (firstError) throw new GraphQLRequestError(firstError.message);
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  return body.data;
}
