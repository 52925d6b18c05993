import { Module } from '@nestjs/common';

/** National framework versions in GraphQL. */
@Module({ providers: [] })
export class FrameworksModule {}
