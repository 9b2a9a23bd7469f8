import { BadUserInputError } from '../common/errors.js';

export interface InstitutionState {
  slots: number;
  enrolled: number;
  openedOn: string;
  filedOn: string | null;
  closedOn: string | null;
}

/**
 * Domain rules that involve several fields or today's date, checked on the state an
 * institution would have after a change (single-field ranges are on the input classes).
 */
export function checkInstitutionRules(state: InstitutionState, today: string, path = 'input'): void {
  if (state.enrolled > state.slots) {
    throw new BadUserInputError(`在托人数 ${state.enrolled} 不能超过托位数 ${state.slots} / enrolled (${state.enrolled}) cannot exceed slots (${state.slots})`, {
      field: `${path}.enrolled`,
    });
  }
  if (state.openedOn > today) {
    throw new BadUserInputError('开业日期不能晚于今天 / openedOn cannot be in the future', { field: `${path}.openedOn` });
  }
  if (state.filedOn !== null && state.filedOn > today) {
    throw new BadUserInputError('备案日期不能晚于今天 / filedOn cannot be in the future', { field: 'filedOn' });
  }
  if (state.closedOn !== null && state.closedOn > today) {
    throw new BadUserInputError('停办日期不能晚于今天 / closedOn cannot be in the future', { field: 'closedOn' });
  }
  if (state.closedOn !== null && state.closedOn < state.openedOn) {
    throw new BadUserInputError('停办日期不能早于开业日期 / closedOn cannot be before openedOn', { field: 'closedOn' });
  }
}
