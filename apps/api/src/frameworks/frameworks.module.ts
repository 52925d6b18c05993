import { Module } from '@nestjs/common';
import { FrameworkMutationsResolver } from './framework-mutations.resolver';

/** National framework versions in GraphQL. */
@Module({ providers: [FrameworkMutationsResolver] })
export class FrameworksModule {}
