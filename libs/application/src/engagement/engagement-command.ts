import type { EngagementCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class EngagementCommandMessage extends DomainCommandMessage<EngagementCommand> {}
