import { hash } from 'node:crypto';
import type { UserPrincipal } from '@concordat/access-control';

/** A token that passed every check, with the instant its `exp` claim ends it. */
export interface VerifiedToken {
  readonly principal: UserPrincipal;
  readonly expiresAtMs: number;
}

/** Enough for every session of a large deployment; an entry is a digest and a principal. */
const DEFAULT_CAPACITY = 10_000;

/**
 * Tokens already verified, each until its expiry: a client sends the same token with every
 * request, and checking its signature and claims again each time cost the API a tenth of a
 * repeated query. The keys are read once at start, so a token that passed once passes until it
 * expires; only its expiry is checked again, on the same terms as the full check (valid while
 * now < exp). Tokens are kept by their SHA-256, not their text; a refused token is never kept, so
 * it is checked, and refused, every time. The least recently used entry goes first.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedToken>();

  constructor(
    private readonly capacity = DEFAULT_CAPACITY,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async principalOf(
    token: string,
    verify: (token: string) => Promise<VerifiedToken>,
  ): Promise<UserPrincipal> {
    const key = hash('sha256', token, 'base64');
    const kept = this.entries.get(key);
    if (kept) {
      this.entries.delete(key);
      if (this.now() < kept.expiresAtMs) {
        this.entries.set(key, kept);
        return kept.principal;
      }
    }
    const verified = await verify(token);
    this.entries.set(key, verified);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return verified.principal;
  }
}
