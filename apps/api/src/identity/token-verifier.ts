import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { UserPrincipal } from '@concordat/access-control';
import { CONCORDAT_CONFIG } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { verificationKeys, verifyToken, type VerificationKeys } from '@concordat/identity';

/** Verifies bearer tokens with the keys from configuration, read once at start. */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private keys: VerificationKeys | undefined;

  constructor(@Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig) {}

  async onModuleInit(): Promise<void> {
    this.keys = await verificationKeys(this.config);
  }

  verify(token: string): Promise<UserPrincipal> {
    if (!this.keys) throw new Error('token keys are not loaded yet');
    return verifyToken(token, this.keys, this.config.auth);
  }
}
