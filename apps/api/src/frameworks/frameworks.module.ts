import { Module } from '@nestjs/common';
import { FrameworkMutationsResolver } from './framework-mutations.resolver';
import { FrameworkVersionResolver } from './framework-version.resolver';

/** National framework versions in GraphQL. */
@Module({ providers: [FrameworkMutationsResolver, FrameworkVersionResolver] })
export class FrameworksModule {}
