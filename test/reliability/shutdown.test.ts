import { describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.js';
import { closeCodeOf, collect, wsClient } from '../support/ws-client.js';

describe('graceful shutdown', () => {
  it('finishes the requests in flight, closes screens with 1001 and then stops answering', async () => {
    const api = await startTestServer();
    // The close is expected (closeCodeOf reads it): not worth graphql-ws's console report.
    const client = wsClient(api.url, { lazy: false, onNonLazyError: () => undefined });
    const closed = closeCodeOf(client);
    const screen = collect<{ cityOverview: { slots: number } }>(client, 'subscription { cityOverview(code: "421000") { slots } }');
    await screen.waitFor((m) => m.data?.cityOverview.slots !== undefined);

    const inFlight = Array.from({ length: 40 }, () =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ cities { code slots } }' }) }).then(
        async (r) => ({ status: r.status, body: await r.text() }),
        () => ({ status: 0, body: 'not accepted' }),
      ),
    );
    // Some are being answered when shutdown begins.
    await new Promise((r) => setTimeout(r, 30));
    await api.close();
    const answers = await Promise.all(inFlight);

    expect(await closed).toBe(1001);
    // Each request was answered in full, or told the server is closing, or never got in.
    for (const answer of answers) {
      expect([0, 200, 503]).toContain(answer.status);
      if (answer.status === 200) expect(JSON.parse(answer.body).data.cities).toHaveLength(2);
    }
    expect(answers.some((a) => a.status === 200)).toBe(true);
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
    await client.dispose();
  });
});
