import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { UserPrincipal } from '@concordat/access-control';
import { CONCORDAT_CONFIG } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import {
  verificationKeys,
  VerifiedTokens,
  verifyTokenUntilExpiry,
  type VerificationKeys,
} from '@concordat/identity';

/**
 * Verifies bearer tokens with the keys from configuration, read once at start; a token that
 * passed is taken again without its signature checked until it expires.
 */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private keys: VerificationKeys | undefined;
  private readonly verified = new VerifiedTokens();

  constructor(@Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig) {}

  async onModuleInit(): Promise<void> {
    this.keys = await verificationKeys(this.config);
  }

  verify(token: string): Promise<UserPrincipal> {
    const keys = this.keys;
    if (!keys) throw new Error('token keys are not loaded yet');
    return this.verified.principalOf(token, (text) =>
      verifyTokenUntilExpiry(text, keys, this.config.auth),
    );
  }
}
