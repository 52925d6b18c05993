import type { Command } from '@concordat/shared-kernel';
import type { ObservationData } from './indicator-observations.events';

export type RecordIndicatorObservation = Command<'RecordIndicatorObservation', ObservationData>;

/** The period is the one of the observation it supersedes. */
export type CorrectIndicatorObservation = Command<
  'CorrectIndicatorObservation',
  Omit<ObservationData, 'period' | 'periodStart' | 'periodEnd'> & {
    supersedes: string;
    reason: string;
  }
>;

export type IndicatorObservationCommand = RecordIndicatorObservation | CorrectIndicatorObservation;
