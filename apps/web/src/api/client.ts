import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/** The API as one signed-in session sees it; closing it ends the session's socket and queries. */
export interface ApiConnection {
  readonly client: ApolloClient;
  close(): void;
}

/**
 * Queries and mutations over HTTP (JSON bodies, which Apollo Server's CSRF prevention accepts),
 * subscriptions over graphql-ws on the same path, each with the session's bearer token. The
 * socket opens with the first subscription.
 */
export function connectToApi(token: string): ApiConnection {
  const http = new HttpLink({
    uri: '/graphql',
    headers: { authorization: `Bearer ${token}` },
  });
  const websocketUrl = new URL('/graphql', window.location.href);
  websocketUrl.protocol = websocketUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const websocket = createClient({
    url: websocketUrl.href,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: Infinity,
  });
  const client = new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(websocket),
      http,
    ),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return {
    client,
    close: () => {
      client.stop();
      void websocket.dispose();
    },
  };
}
