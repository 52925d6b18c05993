import type { PartnershipCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class PartnershipCommandMessage extends DomainCommandMessage<PartnershipCommand> {}
