import { assertNever, type Decider } from '@concordat/shared-kernel';
import { publishFrameworkVersion } from './decide/publish-framework-version';
import { supersedeFrameworkVersion } from './decide/supersede-framework-version';
import type { FrameworkVersionCommand } from './framework.commands';
import type { FrameworkVersionContext } from './framework.context';
import type { FrameworkVersionEvent } from './framework.events';
import {
  evolveFrameworkVersion,
  initialFrameworkVersionState,
  type FrameworkVersionState,
} from './framework.state';

export const frameworkVersionStreamId = (frameworkVersionId: string) =>
  `framework-version-${frameworkVersionId}`;

export const frameworkVersionDecider: Decider<
  FrameworkVersionState,
  FrameworkVersionCommand,
  FrameworkVersionEvent,
  FrameworkVersionContext
> = {
  initialState: initialFrameworkVersionState,
  evolve: evolveFrameworkVersion,
  decide(command, state, context) {
    switch (command.type) {
      case 'PublishFrameworkVersion':
        return publishFrameworkVersion(command, state, context);
      case 'SupersedeFrameworkVersion':
        return supersedeFrameworkVersion(command, state);
      default:
        return assertNever(command, 'framework version command');
    }
  },
};
