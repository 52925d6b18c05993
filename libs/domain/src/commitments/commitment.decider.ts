import { assertNever, type Decider } from '@concordat/shared-kernel';
import type { CommitmentCommand } from './commitment.commands';
import type { CommitmentContext } from './commitment.context';
import type { CommitmentEvent } from './commitment.events';
import { evolveCommitment, initialCommitmentState, type CommitmentState } from './commitment.state';
import { acceptCommitment } from './decide/accept-commitment';
import { clearCommitmentFlag } from './decide/clear-commitment-flag';
import { flagCommitmentForBoard } from './decide/flag-commitment-for-board';
import { markCommitmentLapsed } from './decide/mark-commitment-lapsed';
import { proposeCommitment } from './decide/propose-commitment';
import { recordCommitmentDelivery } from './decide/record-commitment-delivery';
import { rejectCommitment } from './decide/reject-commitment';
import { reportCommitmentProgress } from './decide/report-commitment-progress';
import { reviseCommitment } from './decide/revise-commitment';
import { withdrawCommitment } from './decide/withdraw-commitment';

export const commitmentStreamId = (commitmentId: string) => `commitment-${commitmentId}`;

export const commitmentDecider: Decider<
  CommitmentState,
  CommitmentCommand,
  CommitmentEvent,
  CommitmentContext
> = {
  initialState: initialCommitmentState,
  evolve: evolveCommitment,
  decide(command, state, context) {
    switch (command.type) {
      case 'ProposeCommitment':
        return proposeCommitment(command, state, context);
      case 'AcceptCommitment':
        return acceptCommitment(command, state, context);
      case 'RejectCommitment':
        return rejectCommitment(command, state, context);
      case 'ReportCommitmentProgress':
        return reportCommitmentProgress(command, state);
      case 'RecordCommitmentDelivery':
        return recordCommitmentDelivery(command, state);
      case 'ReviseCommitment':
        return reviseCommitment(command, state, context);
      case 'WithdrawCommitment':
        return withdrawCommitment(command, state);
      case 'MarkCommitmentLapsed':
        return markCommitmentLapsed(command, state);
      case 'FlagCommitmentForBoard':
        return flagCommitmentForBoard(command, state);
      case 'ClearCommitmentFlag':
        return clearCommitmentFlag(command, state, context);
      default:
        return assertNever(command, 'commitment command');
    }
  },
};
