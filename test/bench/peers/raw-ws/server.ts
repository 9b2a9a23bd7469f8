// The physical limit of fan-out on this machine: a bare `ws` server that, when its parent
// says so over IPC, sends one ready-made text message to every connected client. No
// GraphQL, no database, no per-client work beyond the send itself.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

interface Command {
  broadcast?: string;
  memory?: true;
}

wss.on('listening', () => {
  const address = wss.address();
  process.send?.({ port: typeof address === 'object' && address !== null ? address.port : 0 });
});

process.on('message', (command: Command) => {
  if (command.broadcast !== undefined) {
    const bytes = Buffer.from(command.broadcast);
    for (const client of wss.clients) client.send(bytes, { binary: false });
  }
  if (command.memory) process.send?.({ clients: wss.clients.size });
});

process.on('disconnect', () => process.exit(0));
