import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PartnershipCommandHandler } from './partnerships/partnership-command.handler';

const commandHandlers = [PartnershipCommandHandler];

/** Every domain command, reachable through the Nest command bus. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [...commandHandlers],
  exports: [CqrsModule],
})
export class ApplicationModule {}
