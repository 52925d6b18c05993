import type { AgreementCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class AgreementCommandMessage extends DomainCommandMessage<AgreementCommand> {}
