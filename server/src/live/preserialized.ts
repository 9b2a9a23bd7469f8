/**
 * A `next` payload serialised once and sent to many sockets. graphql-ws stringifies each
 * message itself; its JSON replacer turns the payload into a placeholder and hands the
 * payload over, and the socket's send splices the ready JSON in. graphql-ws calls send
 * right after stringifying, with no await in between, so the hand-over cannot mix up.
 */
export class Preserialized {
  constructor(readonly json: string) {}
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

/** The message to put on the wire: with the handed-over payload spliced in, if any. */
export function spliceHandoff(message: string): string {
  const payload = handoff;
  if (!payload) return message;
  handoff = undefined;
  return message.replace(QUOTED, () => payload.json);
}
