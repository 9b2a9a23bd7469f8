// The wall's subscription, as dashboard/src/graphql/wall-operations.ts sends it (a screen's exact load).
export { WALL_OVERVIEW as WALL_SUBSCRIPTION } from '../../dashboard/src/graphql/wall-operations.js';
