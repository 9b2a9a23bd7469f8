import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

// cityOverview says what each figure is for: every indicator card's period (the first day
// of the period recorded, this month for a live count) and, for a look-back, when the
// city's records begin (before that, nothing can be rebuilt).

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

interface Card {
  key: string;
  value: number | null;
  frequency: string;
  period: string | null;
  live: boolean;
}

describe('cityOverview’s periods', () => {
  it('dates a live count by this month and a recorded quarterly figure by the quarter it was recorded for', async () => {
    const res = await api.gql<{ cityOverview: { indicators: Card[] } }>('{ cityOverview(code: "421000") { indicators { key value frequency period live } } }');
    expect(res.errors).toBeUndefined();
    const card = (key: string) => res.data!.cityOverview.indicators.find((c) => c.key === key)!;
    const [today] = await api.sql<{ month: string }>("select to_char(date_trunc('month', now() at time zone 'Asia/Shanghai'), 'YYYY-MM-DD') as month");
    expect(card('childcare_slots')).toMatchObject({ live: true, period: today!.month });
    const beds = card('elderly_care_beds');
    expect(beds).toMatchObject({ live: false, frequency: 'QUARTERLY' });
    expect(beds.period).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    const [latest] = await api.sql<{ period: string }>(
      `select to_char(max(v.period), 'YYYY-MM-DD') as period from indicator_value v join indicator_definition i on i.id = v.indicator_id
        left join district d on d.id = v.district_id left join city c on c.id = coalesce(v.city_id, d.city_id)
        where i.key = 'elderly_care_beds' and c.code = '421000' and v.period <= now()`,
    );
    expect(beds.period).toBe(latest!.period);
  });

  it('gives a look-back the instant the city’s records begin, and live figures none', async () => {
    const res = await api.gql<{ live: { recordsBeginAt: string | null }; then: { recordsBeginAt: string | null } }>(
      '{ live: cityOverview(code: "421000") { recordsBeginAt } then: cityOverview(code: "421000", asOf: "2020-01-01T00:00:00Z") { recordsBeginAt } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.live.recordsBeginAt).toBeNull();
    const [first] = await api.sql<{ at: Date }>(
      "select min(i.created_at) as at from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000'",
    );
    expect(new Date(res.data!.then.recordsBeginAt!).getTime()).toBeLessThanOrEqual(first!.at.getTime());
  });
});
