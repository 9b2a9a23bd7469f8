/**
 * What text the API accepts, by kind of field. Every string keeps two rules: no NUL
 * (PostgreSQL's text cannot hold it) and no lone surrogate (not Unicode; jsonb, hence the
 * audit trail, refuses it). Text that people read on a wall or in a list keeps more:
 * bidirectional controls can make a name display as something else (U+202E turns
 * "abc\u202Etxt.exe" into "abcexe.txt"), and a one-line name with a line break or a control
 * character breaks the layouts that show it.
 */
export type TextKind = 'one-line' | 'multi-line' | 'free';

/** Arguments and input fields whose text may span lines (reasons and notes). */
const MULTI_LINE_FIELDS = new Set(['reason', 'sourceNote']);
/** Never displayed, only compared or hashed: any character but the two always refused. */
const FREE_FIELDS = new Set(['password']);

/** The kind of a field by its name (the argument or input field, e.g. `name` of `patch.name`). */
export function textKindOf(fieldName: string): TextKind {
  if (MULTI_LINE_FIELDS.has(fieldName)) return 'multi-line';
  if (FREE_FIELDS.has(fieldName)) return 'free';
  return 'one-line';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// C0 and C1 controls and DEL; in multi-line text tab, line feed and carriage return stay.
// Matching control characters is the point of these two.
/* eslint-disable no-control-regex */
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */

function describe(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` is refused for a field of `kind` (bilingual), or null when it is fine. */
export function textProblem(text: string, kind: TextKind): string | null {
  if (text.includes('\u0000')) return '文本中不能含空字符（U+0000）/ Text must not contain the NUL character (U+0000)';
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return `文本中含无效的 Unicode 代理项 ${describe(lone[0])} / Text holds a lone surrogate ${describe(lone[0])}, which is not Unicode`;
  if (kind === 'free') return null;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return `文本中不能含双向控制字符 ${describe(bidi[0])} / Text must not contain the bidirectional control ${describe(bidi[0])}`;
  // Leading and trailing whitespace is trimmed before anything is stored, so only the inside counts.
  const control = (kind === 'one-line' ? CONTROL_ONE_LINE : CONTROL_MULTI_LINE).exec(text.trim());
  if (control) {
    return kind === 'one-line'
      ? `单行文本中不能含换行或控制字符 ${describe(control[0])} / One-line text must not contain a line break or control character (${describe(control[0])})`
      : `文本中不能含控制字符 ${describe(control[0])} / Text must not contain the control character ${describe(control[0])}`;
  }
  return null;
}
