import { describe, expect, it } from 'vitest';
import { describeError, formErrors, formFieldOf, readApiError } from './errors';

const SLOTS = '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10000';

/** What Apollo throws for a GraphQL error: an object with the response's `errors`. */
function graphQLError(message: string, extensions: Record<string, unknown>) {
  return Object.assign(new Error(message), { errors: [{ message, extensions }] });
}

describe('reading the API’s errors', () => {
  it('reads a validation error with every problem the API listed', () => {
    const error = readApiError(
      graphQLError(`patch.slots: ${SLOTS}`, {
        code: 'BAD_USER_INPUT',
        field: 'patch.slots',
        problems: [
          { field: 'patch.slots', message: SLOTS },
          { field: 'patch.name', message: '机构名称须为 1 到 100 个字 / name must be 1 to 100 characters' },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(SLOTS);
    expect(error.problems.map((p) => p.field)).toEqual(['patch.slots', 'patch.name']);
  });

  it('takes the single field of a rule error when no list is given', () => {
    const error = readApiError(graphQLError('在托人数 30 不能超过托位数 20 / enrolled (30) cannot exceed slots (20)', { code: 'BAD_USER_INPUT', field: 'patch.enrolled' }));
    expect(error.problems).toEqual([{ field: 'patch.enrolled', message: '在托人数 30 不能超过托位数 20 / enrolled (30) cannot exceed slots (20)' }]);
  });

  it('keeps the other person’s state and version of a CONFLICT', () => {
    const error = readApiError(graphQLError('该机构已被他人修改 / changed', { code: 'CONFLICT', currentVersion: 7, current: { slots: 40, version: 7 } }));
    expect(error).toMatchObject({ code: 'CONFLICT', currentVersion: 7, current: { slots: 40 } });
  });

  it('keeps the row errors of a refused import commit', () => {
    const rowErrors = [{ row: 3, column: '托位数', message: SLOTS }];
    expect(readApiError(graphQLError('文件有 1 处错误 / 1 problem', { code: 'BAD_USER_INPUT', field: 'file', rowErrors })).rowErrors).toEqual(rowErrors);
  });

  it('masks unknown codes as a server error and names a network failure', () => {
    expect(readApiError(graphQLError('boom', { code: 'SOMETHING' })).code).toBe('INTERNAL_SERVER_ERROR');
    expect(readApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(readApiError(Object.assign(new Error('401'), { statusCode: 401 })).code).toBe('UNAUTHENTICATED');
  });
});

describe('mapping errors to form fields', () => {
  const fields = ['name', 'slots', 'enrolled', 'reason', 'filedOn', 'districtCodes'];

  it('maps patch.* and input.* paths to the form’s field, and list elements to their list', () => {
    expect(formFieldOf('patch.slots', fields)).toBe('slots');
    expect(formFieldOf('input.slots', fields)).toBe('slots');
    expect(formFieldOf('filedOn', fields)).toBe('filedOn');
    expect(formFieldOf('input.districtCodes.0', fields)).toBe('districtCodes');
    expect(formFieldOf('patch', fields)).toBeNull();
    expect(formFieldOf('patch.ageClasses', fields)).toBeNull();
  });

  it('puts each problem beside its field in the page’s language, and the rest above the form', () => {
    const error = readApiError(
      graphQLError(`patch.slots: ${SLOTS}`, {
        code: 'BAD_USER_INPUT',
        field: 'patch.slots',
        problems: [
          { field: 'patch.slots', message: SLOTS },
          { field: 'patch', message: '不能停用自己 / You cannot disable yourself' },
        ],
      }),
    );
    expect(formErrors(error, fields, 'zh-CN')).toEqual({ byField: { slots: '托位数须为 0 到 10000 之间的整数' }, general: ['不能停用自己'] });
    expect(formErrors(error, fields, 'en').byField.slots).toBe('slots must be a whole number from 0 to 10000');
  });

  it('shows an error without fields as one general message', () => {
    const error = readApiError(graphQLError('无权执行此操作 / Not allowed for your role', { code: 'FORBIDDEN' }));
    expect(formErrors(error, fields, 'en')).toEqual({ byField: {}, general: ['Not allowed for your role'] });
  });

  it('describes a server error with its request id and a network failure plainly', () => {
    const internal = readApiError(graphQLError('服务器内部错误 / Internal server error', { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-9' }));
    expect(describeError(internal, 'zh-CN')).toBe('服务器出错，请稍后重试 (req-9)');
    expect(describeError(readApiError(new TypeError('Failed to fetch')), 'en')).toContain('Could not reach the server');
  });
});
