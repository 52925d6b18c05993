import { ensure } from '@concordat/shared-kernel';
import { ensureCalendarDate, ensureIdentifier } from '../../shared/field-rules';
import type { SupersedeFrameworkVersion } from '../framework.commands';
import type { FrameworkVersionSuperseded } from '../framework.events';
import { FrameworkRule } from '../framework.rules';
import type { FrameworkVersionState } from '../framework.state';

export function supersedeFrameworkVersion(
  command: SupersedeFrameworkVersion,
  state: FrameworkVersionState,
): [FrameworkVersionSuperseded] {
  const { frameworkVersionId, supersededBy, on } = command.data;
  ensure(
    state.status !== 'none',
    FrameworkRule.MustBePublished,
    `framework version ${frameworkVersionId} has not been published`,
    'frameworkVersionId',
  );
  ensure(
    state.status === 'published',
    FrameworkRule.CannotBeSupersededTwice,
    `framework version ${frameworkVersionId} has already been superseded`,
    'frameworkVersionId',
  );
  ensureIdentifier(supersededBy, 'supersededBy');
  ensure(
    supersededBy !== state.version.frameworkVersionId,
    FrameworkRule.CannotSupersedeItself,
    'a framework version cannot supersede itself',
    'supersededBy',
  );
  ensureCalendarDate(on, 'on');
  ensure(
    on >= state.version.publishedOn,
    FrameworkRule.SupersessionCannotPrecedePublication,
    `on must not be before ${state.version.publishedOn}, when the version was published`,
    'on',
  );
  return [
    {
      type: 'FrameworkVersionSuperseded',
      schemaVersion: 1,
      data: { frameworkVersionId: state.version.frameworkVersionId, supersededBy, on },
    },
  ];
}
