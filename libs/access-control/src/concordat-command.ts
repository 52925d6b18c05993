import type {
  AgreementCommand,
  CommitmentCommand,
  EngagementCommand,
  FrameworkVersionCommand,
  IndicatorObservationCommand,
  MeetingCommand,
  PartnershipCommand,
} from '@concordat/domain';

/** Every command of the domain: the policy must say who may send each. */
export type ConcordatCommand =
  | FrameworkVersionCommand
  | PartnershipCommand
  | AgreementCommand
  | IndicatorObservationCommand
  | CommitmentCommand
  | MeetingCommand
  | EngagementCommand;

export type CommandType = ConcordatCommand['type'];

/** The partnership a command acts in; framework commands are national and name none. */
export function partnershipOf(command: ConcordatCommand): string | undefined {
  return 'partnershipId' in command.data ? command.data.partnershipId : undefined;
}

/** The GraphQL mutation that sends a command: `ProposeCommitment` -> `proposeCommitment`. */
export function mutationNameOf(type: CommandType): string {
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}`;
}
