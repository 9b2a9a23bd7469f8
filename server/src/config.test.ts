import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives access tokens 15 minutes unless ACCESS_TOKEN_TTL_SECONDS says otherwise', () => {
    expect(loadConfig({}).accessTokenTtlSeconds).toBe(900);
    expect(loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '60' }).accessTokenTtlSeconds).toBe(60);
  });

  it('refuses an access token lifetime under 10 seconds or over a day, naming the variable', () => {
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '5' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS must be between 10 and 86400, got 5/);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '86401' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: 'soon' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS must be a non-negative integer/);
  });

  it('refuses a boolean setting it cannot read instead of guessing', () => {
    expect(() => loadConfig({ OVERVIEW_READ_SHARING: 'maybe' })).toThrow(/OVERVIEW_READ_SHARING must be true or false/);
  });

  it('trusts no proxy by default and reads TRUST_PROXY as a list of addresses, ranges and presets', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('refuses a TRUST_PROXY that would trust every peer or none by accident', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY/);
  });

  it('allows an operation 100 SQL statements unless GRAPHQL_MAX_STATEMENTS says otherwise', () => {
    expect(loadConfig({}).limits.maxStatements).toBe(100);
    expect(loadConfig({ GRAPHQL_MAX_STATEMENTS: '40' }).limits.maxStatements).toBe(40);
    expect(() => loadConfig({ GRAPHQL_MAX_STATEMENTS: 'many' })).toThrow(/GRAPHQL_MAX_STATEMENTS must be a non-negative integer/);
  });

  it('limits live sockets per address, account and socket by default, and reads each limit from its variable', () => {
    expect(loadConfig({}).sockets).toEqual({ perAddress: 200, newPerSecond: 20, newBurst: 200, perAccount: 20, subscriptionsPerSocket: 50 });
    expect(loadConfig({ WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '5' }).sockets.subscriptionsPerSocket).toBe(5);
    expect(() => loadConfig({ WS_MAX_SOCKETS_PER_ADDRESS: '0' })).toThrow(/WS_MAX_SOCKETS_PER_ADDRESS must be between 1/);
  });
});
