import type { CalendarDate } from '../shared';
import type { FrameworkVersionState } from './framework.state';

/** The version a PublishFrameworkVersion names in `supersedes`, as its own stream has it. */
export interface SupersededVersionFacts {
  readonly status: 'published' | 'superseded';
  /** So the newer version cannot be dated before the one it replaces. */
  readonly publishedOn: CalendarDate;
}

/**
 * What the decider receives. Only PublishFrameworkVersion with `supersedes` reads it; a part that
 * was not looked up reads as not found, so a handler that forgets the lookup is refused.
 */
export type FrameworkVersionContext =
  { readonly superseded?: SupersededVersionFacts | null } | undefined;

/** Built by the handler from the stream of the version named in `supersedes`. */
export function supersededVersionFacts(
  state: FrameworkVersionState,
): SupersededVersionFacts | null {
  if (state.status === 'none') return null;
  return { status: state.status, publishedOn: state.version.publishedOn };
}
