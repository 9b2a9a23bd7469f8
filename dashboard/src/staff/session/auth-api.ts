import type { LoginMutation, LogoutMutation, RefreshMutation } from '../../shared/graphql/generated';
import type { AuthPayload } from '../graphql/types';

/** Signing in, refreshing and signing out: plain requests, outside Apollo's links (they carry no bearer). */
export interface AuthApi {
  login(username: string, password: string): Promise<AuthPayload>;
  refresh(refreshToken: string): Promise<AuthPayload>;
  logout(refreshToken: string): Promise<void>;
}

const PAYLOAD = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id username displayName role cityCode districtCodes }';

/** The session's operations, exported so a test checks them against the schema. */
export const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { ${PAYLOAD} } }`;
export const REFRESH = `mutation Refresh($refreshToken: String!) { refreshToken(refreshToken: $refreshToken) { ${PAYLOAD} } }`;
export const LOGOUT = 'mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }';

/** POSTs an operation to /graphql and returns its data, or throws an error carrying the response's `errors`. */
async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  if (body.errors?.length) throw Object.assign(new Error(body.errors[0]!.message), { errors: body.errors });
  if (!body.data) throw new Error(`HTTP ${response.status}`);
  return body.data;
}

export const httpAuthApi: AuthApi = {
  async login(username, password) {
    const data = await post<LoginMutation>(LOGIN, { username, password });
    return data.login;
  },
  async refresh(refreshToken) {
    const data = await post<RefreshMutation>(REFRESH, { refreshToken });
    return data.refreshToken;
  },
  async logout(refreshToken) {
    await post<LogoutMutation>(LOGOUT, { refreshToken });
  },
};
