/** The graphql-ws address of the page's own server: /graphql, over wss on an https page. */
export function graphqlSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}
