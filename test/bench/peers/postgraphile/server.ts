// The PostGraphile v5 peer, in its own process (start.ts spawns it with polyfill.mjs loaded
// first): the Amber preset over the schemas `public` (our tables) and `careboard_peer` (the
// wall's functions, peer-schema.sql), production settings, no GraphiQL, no schema watching,
// no JWT and no row-level security. Prints "listening <url>" once it serves requests.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const databaseUrl = required('PEER_DATABASE_URL');
const poolSize = Number(required('PEER_POOL_SIZE'));
const port = Number(required('PEER_PORT'));

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: databaseUrl,
      schemas: ['public', 'careboard_peer'],
      // The same number of connections as our server's MikroORM pool.
      poolConfig: { max: poolSize },
    }),
  ],
  // By default only indexed columns are orderable; the list page orders by slots, which no
  // index covers (neither does ours: 100-odd rows per city are sorted in memory either way).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  grafserv: { graphiql: false, watch: false, graphqlPath: '/graphql' },
};

const pgl = postgraphile(preset);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
const serv = pgl.createServ(grafserv);
await serv.addTo(server);
// Build the schema before answering, so the first timed request does not pay for it.
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${port}`));

async function shutdown(): Promise<void> {
  server.close();
  await pgl.release();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
