import { Global, Module } from '@nestjs/common';
import { CommandSender } from './command-sender';

/** What every feature's resolvers share. */
@Global()
@Module({ providers: [CommandSender], exports: [CommandSender] })
export class GraphQLSharedModule {}
