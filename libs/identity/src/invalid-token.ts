/** A bearer token that cannot be trusted: the request is refused as UNAUTHENTICATED. */
export class InvalidToken extends Error {
  constructor(reason: string) {
    super(`invalid bearer token: ${reason}`);
    this.name = 'InvalidToken';
  }
}
