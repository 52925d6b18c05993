import { Module } from '@nestjs/common';
import { AuthenticationMiddleware } from './authentication.middleware';
import { TokenVerifier } from './token-verifier';

@Module({
  providers: [TokenVerifier, AuthenticationMiddleware],
  exports: [TokenVerifier, AuthenticationMiddleware],
})
export class IdentityModule {}
