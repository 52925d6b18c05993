import { assertNever } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';
import type { FrameworkVersionEvent, FrameworkVersionPublished } from './framework.events';

export type PublishedFrameworkVersion = FrameworkVersionPublished['data'];

export type FrameworkVersionState =
  | { readonly status: 'none' }
  | { readonly status: 'published'; readonly version: PublishedFrameworkVersion }
  | {
      readonly status: 'superseded';
      readonly version: PublishedFrameworkVersion;
      readonly supersededBy: string;
      readonly supersededOn: CalendarDate;
    };

export const initialFrameworkVersionState = (): FrameworkVersionState => ({ status: 'none' });

export function evolveFrameworkVersion(
  state: FrameworkVersionState,
  event: FrameworkVersionEvent,
): FrameworkVersionState {
  switch (event.type) {
    case 'FrameworkVersionPublished':
      return { status: 'published', version: event.data };
    case 'FrameworkVersionSuperseded':
      if (state.status === 'none') return state;
      return {
        status: 'superseded',
        version: state.version,
        supersededBy: event.data.supersededBy,
        supersededOn: event.data.on,
      };
    default:
      return assertNever(event, 'framework version event');
  }
}
