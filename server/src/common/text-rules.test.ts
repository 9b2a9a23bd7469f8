import { describe, expect, it } from 'vitest';
import { textKindOf, textProblem } from './text-rules.js';

describe('the text rules', () => {
  it('refuse a NUL and lone surrogates in every kind of text, passwords included', () => {
    for (const kind of ['one-line', 'multi-line', 'free'] as const) {
      for (const text of ['a\u0000b', 'bad\ud800x', 'x\udc00', '\ud800', 'a\udbff\udbffb']) expect(textProblem(text, kind), `${kind} ${JSON.stringify(text)}`).not.toBeNull();
    }
  });

  it('accept surrogate pairs, Chinese and emoji', () => {
    for (const kind of ['one-line', 'multi-line', 'free'] as const) expect(textProblem('荆州 托育中心 😀 O’Brien', kind)).toBeNull();
  });

  it('refuse every bidirectional control outside free text', () => {
    const controls = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of controls) {
      expect(textProblem(`a${c}b`, 'one-line')).toMatch(/bidirectional/);
      expect(textProblem(`a${c}b`, 'multi-line')).toMatch(/bidirectional/);
      expect(textProblem(`a${c}b`, 'free')).toBeNull();
    }
  });

  it('refuse line breaks and C0 and C1 controls inside one-line text, but not the whitespace around it that is trimmed', () => {
    for (const c of ['\n', '\r', '\t', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029']) expect(textProblem(`a${c}b`, 'one-line'), JSON.stringify(c)).toMatch(/line break/);
    expect(textProblem('  托育中心\n', 'one-line')).toBeNull();
  });

  it('keep tabs and line breaks in multi-line text, and refuse the other controls', () => {
    expect(textProblem('第一行\n第二行\r\n\tthird', 'multi-line')).toBeNull();
    for (const c of ['\u0001', '\u000b', '\u001b', '\u0085']) expect(textProblem(`a${c}b`, 'multi-line'), JSON.stringify(c)).toMatch(/control/);
  });

  it('take reasons and notes as multi-line, passwords as free and every other field as one line', () => {
    expect(textKindOf('reason')).toBe('multi-line');
    expect(textKindOf('sourceNote')).toBe('multi-line');
    expect(textKindOf('password')).toBe('free');
    for (const name of ['name', 'displayName', 'title', 'address', 'code', 'search']) expect(textKindOf(name)).toBe('one-line');
  });
});
