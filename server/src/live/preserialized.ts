/**
 * A `next` payload serialised once and sent to many sockets. graphql-ws stringifies each
 * message itself; its JSON replacer turns the payload into a placeholder and hands the
 * payload over, and the socket's send splices the ready JSON in. graphql-ws calls send
 * right after stringifying, with no await in between, so the hand-over cannot mix up.
 */
export class Preserialized {
  /** The payload as UTF-8, encoded once for every socket it goes to. */
  readonly bytes: Buffer;

  constructor(readonly json: string) {
    this.bytes = Buffer.from(json);
  }
}

export const PRESERIALIZED = Symbol('careboard.preserialized');

const PLACEHOLDER = '@@careboard-preserialized@@';
const QUOTED = JSON.stringify(PLACEHOLDER);
let handoff: Preserialized | undefined;

export function preserializedReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Preserialized) {
    handoff = value;
    return PLACEHOLDER;
  }
  return value;
}

/**
 * The message to put on the wire: the message itself, or with the handed-over payload
 * spliced in as bytes (only the few bytes around it are encoded per socket).
 */
export function spliceHandoff(message: string): string | Buffer {
  const payload = handoff;
  if (!payload) return message;
  handoff = undefined;
  const at = message.indexOf(QUOTED);
  if (at < 0) return message;
  return Buffer.concat([Buffer.from(message.slice(0, at)), payload.bytes, Buffer.from(message.slice(at + QUOTED.length))]);
}
