/**
 * What a long-running screen exposes for its soak test and for an operator's console:
 * overviews received and live chart instances (window.__careboard).
 */
export const diagnostics = {
  updates: 0,
  charts: new Set<unknown>(),
  chartCount(): number {
    return this.charts.size;
  },
};

declare global {
  interface Window {
    __careboard?: typeof diagnostics;
  }
}

if (typeof window !== 'undefined') window.__careboard = diagnostics;
