import { ApolloLink } from '@apollo/client';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { isUnauthenticated } from './errors';

/** What the link needs of the session. */
export interface TokenSource {
  freshToken(): Promise<string | null>;
  refresh(): Promise<string | null>;
}

function refusedResult(result: ApolloLink.Result): boolean {
  const errors = (result as { errors?: { extensions?: Record<string, unknown> }[] }).errors;
  return !!errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Sends the access token as a bearer, refreshing it first when due; when the API still
 * answers UNAUTHENTICATED (the token expired in flight, the server restarted with new
 * keys), refreshes once and retries once. A second refusal goes to the caller, and a
 * refused refresh signs the session out.
 */
export function authLink(session: TokenSource): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = (token: string | null): Observable<ApolloLink.Result> => {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }));
      return forward(operation);
    };
    let retried = false;
    const retry = (fallback: () => Observable<ApolloLink.Result>): Observable<ApolloLink.Result> => {
      if (retried) return fallback();
      retried = true;
      return from(session.refresh()).pipe(mergeMap((token) => (token ? send(token) : fallback())));
    };
    return from(session.freshToken()).pipe(
      mergeMap((token) =>
        send(token).pipe(
          mergeMap((result) => (token && refusedResult(result) ? retry(() => of(result)) : of(result))),
          // A 401 may also arrive as an HTTP error rather than as a GraphQL result.
          catchError((error: unknown) => (token && isUnauthenticated(error) ? retry(() => throwError(() => error)) : throwError(() => error))),
        ),
      ),
    );
  });
}
