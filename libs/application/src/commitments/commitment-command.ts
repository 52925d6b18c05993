import type { CommitmentCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class CommitmentCommandMessage extends DomainCommandMessage<CommitmentCommand> {}
