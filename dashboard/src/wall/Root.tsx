import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { createClients } from './graphql/wall-clients';
import type { PageParams } from './params';
import { Wall } from './Wall';

export function Root({ params }: { params: PageParams }) {
  const clients = useMemo(() => createClients(params.token), [params.token]);
  return (
    <ApolloProvider client={clients.apollo}>
      <Wall params={params} clients={clients} />
    </ApolloProvider>
  );
}
