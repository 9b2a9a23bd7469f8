import { describe, expect, it } from 'vitest';
import { Preserialized, preserializedReplacer, spliceHandoff } from './preserialized.js';

describe('preserialized payloads', () => {
  it('splices a payload serialised once into each socket message, as UTF-8 bytes of valid JSON', () => {
    const payload = { data: { cityOverview: { name: '荆州市', slots: 14826 } } };
    const shared = new Preserialized(JSON.stringify(payload));
    for (const id of ['1', 'c0ffee-ü']) {
      const message = JSON.stringify({ id, type: 'next', payload: shared }, preserializedReplacer);
      const wire = spliceHandoff(message);
      expect(Buffer.isBuffer(wire)).toBe(true);
      expect(JSON.parse(wire.toString())).toEqual({ id, type: 'next', payload });
    }
  });

  it('passes other messages through unchanged', () => {
    const message = JSON.stringify({ type: 'pong' }, preserializedReplacer);
    expect(spliceHandoff(message)).toBe('{"type":"pong"}');
  });
});
