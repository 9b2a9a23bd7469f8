import type { Messages } from './zh-CN';

/** English (`?lang=en`). */
export const en: Messages = {
  title: 'CareBoard: Childcare and Elderly Care',
  subtitle: 'Live figures of childcare and elderly-care services',
  loading: 'Loading…',
  loadFailed: 'Could not load the data',
  cityNotFound: 'No data for city {code}',
  dataAsOf: 'Data as of {time}',
  stale: 'Data may be out of date',
  connected: 'Live',
  connecting: 'Connecting…',
  disconnected: 'Live connection lost, reconnecting ({seconds} s); figures below are from before',
  keyFigures: 'Key figures',
  map: 'Childcare slots by district',
  mapMetricSlots: 'Slots',
  targets: 'Targets',
  expectedProgress: 'Time elapsed',
  ranking: 'Districts by slots',
  trend: 'Slots by month',
  young: 'Childcare',
  old: 'Elderly care',
  ticker: 'Latest changes',
  tickerNeedsToken: 'The ticker needs a screen token (add ?token= to the address)',
  tickerEmpty: 'No changes yet',
  focus: 'In focus: {name}',
};
