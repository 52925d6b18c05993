import type { CalendarDate } from '../shared';

/**
 * Where an indicator comes from: the framework's national indicators, its national menu of local
 * indicators, or one the partnership defines itself.
 */
export type IndicatorSource =
  | { readonly kind: 'national'; readonly nationalIndicatorId: string }
  | { readonly kind: 'local_menu'; readonly menuIndicatorId: string }
  | { readonly kind: 'local' };

export const INDICATOR_SOURCE_KINDS = ['national', 'local_menu', 'local'] as const;

export const DIRECTIONS_OF_IMPROVEMENT = ['increase', 'decrease', 'maintain'] as const;

export type DirectionOfImprovement = (typeof DIRECTIONS_OF_IMPROVEMENT)[number];

export function isDirectionOfImprovement(value: string): value is DirectionOfImprovement {
  return (DIRECTIONS_OF_IMPROVEMENT as readonly string[]).includes(value);
}

export interface Measurement {
  readonly value: number;
  readonly date: CalendarDate;
}

/** How an indicator is measured and what improvement means for it. */
export interface IndicatorDefinition {
  readonly title: string;
  readonly source: IndicatorSource;
  readonly unit: string;
  readonly baseline: Measurement;
  readonly target: Measurement;
  readonly direction: DirectionOfImprovement;
}

/** An indicator definition as a command gives it: the source kind and direction are not trusted. */
export interface IndicatorDefinitionInput {
  readonly title: string;
  readonly source: {
    readonly kind: string;
    readonly nationalIndicatorId?: string;
    readonly menuIndicatorId?: string;
  };
  readonly unit: string;
  readonly baseline: Measurement;
  readonly target: Measurement;
  readonly direction: string;
}
