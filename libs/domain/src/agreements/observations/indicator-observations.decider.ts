import { assertNever, type Decider } from '@concordat/shared-kernel';
import { correctIndicatorObservation } from './decide/correct-indicator-observation';
import { recordIndicatorObservation } from './decide/record-indicator-observation';
import type { IndicatorObservationCommand } from './indicator-observations.commands';
import type { IndicatorObservationsContext } from './indicator-observations.context';
import type { IndicatorObservationEvent } from './indicator-observations.events';
import {
  evolveIndicatorObservations,
  initialIndicatorObservationsState,
  type IndicatorObservationsState,
} from './indicator-observations.state';

export const indicatorObservationsStreamId = (agreementId: string, indicatorId: string) =>
  `indicator-observations-${agreementId}-${indicatorId}`;

export const indicatorObservationsDecider: Decider<
  IndicatorObservationsState,
  IndicatorObservationCommand,
  IndicatorObservationEvent,
  IndicatorObservationsContext
> = {
  initialState: initialIndicatorObservationsState,
  evolve: evolveIndicatorObservations,
  decide(command, state, context) {
    switch (command.type) {
      case 'RecordIndicatorObservation':
        return recordIndicatorObservation(command, state, context);
      case 'CorrectIndicatorObservation':
        return correctIndicatorObservation(command, state, context);
      default:
        return assertNever(command, 'indicator observation command');
    }
  },
};
