import { loadConfig } from './config.js';
import { createServer } from './server.js';

const started = Date.now();
const config = loadConfig();
const server = await createServer(config);
if (!process.env.NODE_ENV) {
  // Development mode is the default for a checkout; a deployment must say production.
  server.app.log.warn('NODE_ENV is not set, so this server runs in development mode (open /metrics, JWT secret kept in DATA_DIR). Set NODE_ENV=production for a deployment.');
}
server.app.log.info(`CareBoard ready in ${Date.now() - started} ms: GraphQL at http://localhost:${config.port}/graphql, dashboard at http://localhost:${config.port}/`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.app.log.info(`${signal}: draining requests, closing the database`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    server.app.log.error(error, 'unclean shutdown');
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
