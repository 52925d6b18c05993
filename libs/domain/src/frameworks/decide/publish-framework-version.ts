import { ensure } from '@concordat/shared-kernel';
import type { PublishFrameworkVersion } from '../framework.commands';
import { frameworkVersionFrom } from '../framework-content';
import type { FrameworkVersionContext } from '../framework.context';
import type { FrameworkVersionPublished } from '../framework.events';
import { FrameworkRule } from '../framework.rules';
import type { FrameworkVersionState } from '../framework.state';

/**
 * A published version is what agreements were made under, so it is never republished, not even
 * identically: a correction is a new version that supersedes it.
 */
export function publishFrameworkVersion(
  command: PublishFrameworkVersion,
  state: FrameworkVersionState,
  context: FrameworkVersionContext,
): [FrameworkVersionPublished] {
  ensure(
    state.status === 'none',
    FrameworkRule.CannotBePublishedTwice,
    `framework version ${command.data.frameworkVersionId} has already been published`,
    'frameworkVersionId',
  );
  const version = frameworkVersionFrom(command.data);
  if (version.supersedes !== null) {
    const superseded = context?.superseded ?? null;
    ensure(
      superseded !== null,
      FrameworkRule.SupersededVersionMustExist,
      `framework version ${version.supersedes} has not been published`,
      'supersedes',
    );
    ensure(
      superseded.status === 'published',
      FrameworkRule.SupersededVersionMustBeCurrent,
      `framework version ${version.supersedes} has already been superseded`,
      'supersedes',
    );
    ensure(
      version.publishedOn >= superseded.publishedOn,
      FrameworkRule.CannotBePublishedBeforeTheVersionItSupersedes,
      `publishedOn must not be before ${superseded.publishedOn}, when ${version.supersedes} was published`,
      'publishedOn',
    );
  }
  return [{ type: 'FrameworkVersionPublished', schemaVersion: 1, data: version }];
}
