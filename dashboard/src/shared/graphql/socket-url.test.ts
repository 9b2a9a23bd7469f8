import { describe, expect, it } from 'vitest';
import { graphqlSocketUrl } from './socket-url';

describe('graphqlSocketUrl', () => {
  it('uses ws on an http page and keeps the port', () => {
    expect(graphqlSocketUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe('ws://localhost:4000/graphql');
  });

  it('uses wss on an https page, so a TLS proxy is not bypassed', () => {
    expect(graphqlSocketUrl({ protocol: 'https:', host: 'careboard.example.gov.cn' })).toBe('wss://careboard.example.gov.cn/graphql');
  });
});
