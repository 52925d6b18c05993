import type { Command } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';
import type { FrameworkVersionContent } from './framework.events';

/** Published by the government, not by a partnership, so it carries no partnershipId. */
export type PublishFrameworkVersion = Command<
  'PublishFrameworkVersion',
  FrameworkVersionContent & { supersedes?: string | null }
>;

/** Recorded on the older version's stream once the version that replaces it is published. */
export type SupersedeFrameworkVersion = Command<
  'SupersedeFrameworkVersion',
  { frameworkVersionId: string; supersededBy: string; on: CalendarDate }
>;

export type FrameworkVersionCommand = PublishFrameworkVersion | SupersedeFrameworkVersion;
