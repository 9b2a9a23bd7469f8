import type { TestServer } from './test-server.js';

/** Childcare slots of a city as the database counts them (institutions open today). */
export async function citySlots(api: Pick<TestServer, 'sql'>, cityCode: string): Promise<number> {
  const [row] = await api.sql<{ n: string }>(
    `select coalesce(sum(i.slots), 0) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
      where c.code = $1 and i.opened_on <= current_date and (i.closed_on is null or i.closed_on > current_date)`,
    [cityCode],
  );
  return Number(row!.n);
}

/** The first open institution of a district, with what an update needs. */
export async function openInstitution(api: Pick<TestServer, 'sql'>, districtCode: string): Promise<{ id: number; version: number; slots: number }> {
  const [row] = await api.sql<{ id: number; version: number; slots: number }>(
    `select i.id, i.version, i.slots from institution i join district d on d.id = i.district_id
      where d.code = $1 and i.opened_on <= current_date and i.closed_on is null order by i.id limit 1`,
    [districtCode],
  );
  return row!;
}
