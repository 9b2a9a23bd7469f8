import type { Messages } from './zh-CN';

/** English (`?lang=en`). */
export const en: Messages = {
  title: 'CareBoard: Childcare and Elderly Care',
  subtitle: 'Childcare (ages 0–3), live figures',
  slots: 'Childcare slots',
  institutionCount: 'Childcare institutions',
  filedInstitutionCount: 'Filed institutions',
  slotsPer1000: 'Slots per 1,000 residents',
  unitSlots: '',
  unitInstitutions: '',
  unitPer1000: '',
  loading: 'Loading…',
  loadFailed: 'Could not load the data',
  cityNotFound: 'No data for city {code}',
  cityCode: 'City code {code}',
  updatedAt: 'Updated {time}',
  graphiqlLink: 'Explore the GraphQL API (GraphiQL)',
};
