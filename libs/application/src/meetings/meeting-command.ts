import type { MeetingCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class MeetingCommandMessage extends DomainCommandMessage<MeetingCommand> {}
