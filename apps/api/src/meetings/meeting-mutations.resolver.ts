import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { MeetingCommandMessage } from '@concordat/application';
import type { MeetingCommand } from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender } from '../graphql/command-sender';
import type { CommandInput } from '../graphql/command-input';
import type { RequestContext } from '../graphql/request-context';
import {
  CompleteDecisionActionInput,
  HoldBoardMeetingInput,
  RecordDecisionInput,
} from './meeting.inputs';

type DataOf<T extends MeetingCommand['type']> = Extract<MeetingCommand, { type: T }>['data'];

/** One mutation per meeting command: validate, build the command, send it. */
@Resolver()
export class MeetingMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  private send<T extends MeetingCommand['type']>(
    type: T,
    data: DataOf<T>,
    input: CommandInput,
    context: RequestContext,
  ): Promise<CommandPayload> {
    return this.sender.sendCommand(
      MeetingCommandMessage,
      data.meetingId,
      type,
      data,
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Records a board meeting; its quorum is judged against the board as it stands.',
  })
  holdBoardMeeting(
    @Args('input') input: HoldBoardMeetingInput,
    @Context() context: RequestContext,
  ) {
    const { meetingId, partnershipId, date, location, attendees, apologies } = input;
    return this.send(
      'HoldBoardMeeting',
      {
        meetingId,
        partnershipId,
        date,
        location,
        attendees: [...attendees],
        otherAttendees: (input.otherAttendees ?? []).map(({ name, role }) => ({ name, role })),
        apologies: [...apologies],
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description: 'Records a decision taken at a quorate meeting, with its vote and actions.',
  })
  recordDecision(@Args('input') input: RecordDecisionInput, @Context() context: RequestContext) {
    const { decisionId, meetingId, partnershipId, kind, rationale, takingPart, vote } = input;
    return this.send(
      'RecordDecision',
      {
        decisionId,
        meetingId,
        partnershipId,
        kind,
        subjects: input.subjects.map(({ kind: subjectKind, id }) => ({ kind: subjectKind, id })),
        rationale,
        takingPart: [...takingPart],
        vote: vote ? { for: vote.for, against: vote.against, abstain: vote.abstain } : null,
        actions: input.actions.map(({ actionId, description, owner, dueDate }) => ({
          actionId,
          description,
          owner: { kind: owner.kind, id: owner.id },
          dueDate,
        })),
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, { description: 'Records that a decision’s action was done.' })
  completeDecisionAction(
    @Args('input') input: CompleteDecisionActionInput,
    @Context() context: RequestContext,
  ) {
    const { meetingId, partnershipId, actionId, completedOn, note } = input;
    return this.send(
      'CompleteDecisionAction',
      { meetingId, partnershipId, actionId, completedOn, note },
      input,
      context,
    );
  }
}
