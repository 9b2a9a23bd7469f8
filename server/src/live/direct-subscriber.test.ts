import { describe, expect, it, vi } from 'vitest';
import { DirectSubscriber, type SocketTarget } from './direct-subscriber.js';

function fakeSocket(bufferedAmount = 0) {
  const sent: string[] = [];
  const socket = {
    OPEN: 1 as const,
    readyState: 1,
    bufferedAmount,
    send: (data: Buffer) => void sent.push(data.toString()),
  };
  return { socket: socket as unknown as SocketTarget['socket'] & { bufferedAmount: number; readyState: number }, sent };
}

describe('DirectSubscriber', () => {
  it('sends each snapshot as a graphql-ws next message with its own id', () => {
    const { socket, sent } = fakeSocket();
    const subscriber = new DirectSubscriber({ socket, id: 'a"b' }, () => undefined);
    subscriber.push(Buffer.from('{"data":{"cityOverview":{"name":"荆州市"}}}'));
    expect(sent.map((m) => JSON.parse(m))).toEqual([{ id: 'a"b', type: 'next', payload: { data: { cityOverview: { name: '荆州市' } } } }]);
  });

  it('keeps only the newest snapshot for a screen that is behind, and sends it once it catches up', () => {
    vi.useFakeTimers();
    try {
      const { socket, sent } = fakeSocket(1024 * 1024);
      const subscriber = new DirectSubscriber({ socket, id: '1' }, () => undefined);
      subscriber.push(Buffer.from('{"n":1}'));
      subscriber.push(Buffer.from('{"n":2}'));
      expect(sent).toEqual([]);
      socket.bufferedAmount = 0;
      vi.advanceTimersByTime(250);
      expect(sent.map((m) => JSON.parse(m).payload)).toEqual([{ n: 2 }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends its iteration and stops sending when the subscription completes', async () => {
    const { socket, sent } = fakeSocket();
    const onClose = vi.fn();
    const subscriber = new DirectSubscriber({ socket, id: '1' }, onClose);
    const next = subscriber.next();
    await subscriber.return();
    await expect(next).resolves.toEqual({ value: undefined, done: true });
    subscriber.push(Buffer.from('{}'));
    expect(sent).toEqual([]);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
