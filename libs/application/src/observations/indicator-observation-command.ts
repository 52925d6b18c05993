import type { IndicatorObservationCommand } from '@concordat/domain';
import { DomainCommandMessage } from '../shared/domain-command-message';

export class IndicatorObservationCommandMessage extends DomainCommandMessage<IndicatorObservationCommand> {}
