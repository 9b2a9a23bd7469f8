import { AuditEntry } from '../audit/audit-entry.entity.js';
import { DisplayToken } from '../auth/display-token.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { User } from '../auth/user.entity.js';
import { Institution } from '../childcare/institution.entity.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { Township } from '../geography/township.entity.js';
import { IndicatorValue } from '../indicators/indicator-value.entity.js';
import { IndicatorDefinition } from '../indicators/indicator.entity.js';
import { Target } from '../targets/target.entity.js';
import { ChangeEvent } from '../live/change-event.entity.js';
import { PaceSetting } from '../targets/pace-setting.entity.js';

/** Every entity, listed once: no folder scanning, so the same list works in tsx, vitest and dist. */
export const entities = [City, District, Township, Institution, IndicatorDefinition, IndicatorValue, Target, User, RefreshToken, DisplayToken, AuditEntry, ChangeEvent, PaceSetting];
