import type { FrameworkVersionCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class FrameworkVersionCommandMessage extends DomainCommandMessage<FrameworkVersionCommand> {}
