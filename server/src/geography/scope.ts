/** A city or a district as the figures see it: what a per-1,000 ratio divides by. */
export interface Scope {
  kind: 'CITY' | 'DISTRICT';
  id: number;
  code: string;
  name: string;
  population: number;
  residents60Plus: number;
}
