/**
 * The stable `extensions.code` of a request the API's guards refuse before any resolver runs,
 * beside the codes in graphql/api-error.ts; never rename one.
 */
export enum RefusalCode {
  QueryTooDeep = 'QUERY_TOO_DEEP',
  QueryTooCostly = 'QUERY_TOO_COSTLY',
  TooManyAliases = 'TOO_MANY_ALIASES',
  TooManyDirectives = 'TOO_MANY_DIRECTIVES',
  TooManyTokens = 'TOO_MANY_TOKENS',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  RateLimited = 'RATE_LIMITED',
}
