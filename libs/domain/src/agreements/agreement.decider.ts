import { assertNever, type Decider } from '@concordat/shared-kernel';
import type { AgreementCommand } from './agreement.commands';
import type { AgreementContext } from './agreement.context';
import type { AgreementEvent } from './agreement.events';
import { evolveAgreement, initialAgreementState, type AgreementState } from './agreement.state';
import { addIndicator } from './decide/add-indicator';
import { addIntermediateOutcome } from './decide/add-intermediate-outcome';
import { addLocalOutcome } from './decide/add-local-outcome';
import { closeAgreement } from './decide/close-agreement';
import { draftAgreement } from './decide/draft-agreement';
import { retireIndicator } from './decide/retire-indicator';
import { retireIntermediateOutcome } from './decide/retire-intermediate-outcome';
import { retireLocalOutcome } from './decide/retire-local-outcome';
import { returnAgreementToDraft } from './decide/return-agreement-to-draft';
import { reviseIndicator } from './decide/revise-indicator';
import { reviseIntermediateOutcome } from './decide/revise-intermediate-outcome';
import { reviseLocalOutcome } from './decide/revise-local-outcome';
import { signAgreement } from './decide/sign-agreement';
import { submitAgreement } from './decide/submit-agreement';
import { supersedeAgreement } from './decide/supersede-agreement';
import { writeSection } from './decide/write-section';

export const agreementStreamId = (agreementId: string) => `agreement-${agreementId}`;

export const agreementDecider: Decider<
  AgreementState,
  AgreementCommand,
  AgreementEvent,
  AgreementContext
> = {
  initialState: initialAgreementState,
  evolve: evolveAgreement,
  decide(command, state, context) {
    switch (command.type) {
      case 'DraftAgreement':
        return draftAgreement(command, state, context);
      case 'WriteSection':
        return writeSection(command, state, context);
      case 'AddLocalOutcome':
        return addLocalOutcome(command, state, context);
      case 'ReviseLocalOutcome':
        return reviseLocalOutcome(command, state, context);
      case 'RetireLocalOutcome':
        return retireLocalOutcome(command, state, context);
      case 'AddIntermediateOutcome':
        return addIntermediateOutcome(command, state, context);
      case 'ReviseIntermediateOutcome':
        return reviseIntermediateOutcome(command, state, context);
      case 'RetireIntermediateOutcome':
        return retireIntermediateOutcome(command, state, context);
      case 'AddIndicator':
        return addIndicator(command, state, context);
      case 'ReviseIndicator':
        return reviseIndicator(command, state, context);
      case 'RetireIndicator':
        return retireIndicator(command, state, context);
      case 'SubmitAgreement':
        return submitAgreement(command, state);
      case 'ReturnAgreementToDraft':
        return returnAgreementToDraft(command, state);
      case 'SignAgreement':
        return signAgreement(command, state);
      case 'SupersedeAgreement':
        return supersedeAgreement(command, state, context);
      case 'CloseAgreement':
        return closeAgreement(command, state, context);
      default:
        return assertNever(command, 'agreement command');
    }
  },
};
