import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DECISION_KINDS } from '@concordat/domain';
import type {
  DecisionActionView,
  DecisionSubjectView,
  DecisionView,
  MeetingView,
} from '@concordat/read-models';
import { ConnectionOf } from '../graphql/pagination';
import { QuorumRuleModel } from '../partnerships/partnership.models';

@ObjectType('NonMemberAttendee', {
  description: 'An officer or observer at a meeting; never counted towards the quorum.',
})
export class NonMemberAttendeeModel {
  @Field()
  name!: string;

  @Field()
  role!: string;
}

@ObjectType('Meeting', {
  description:
    "A meeting of a partnership's board: who came, whether it was quorate, what it decided.",
})
export class MeetingModel {
  @Field({ description: 'The meeting id.' })
  id!: string;

  @Field()
  partnershipId!: string;

  @Field({ description: 'The day it was held (YYYY-MM-DD).' })
  date!: string;

  @Field()
  location!: string;

  @Field(() => [String], { description: 'Person ids of the board members present.' })
  attendees!: string[];

  @Field(() => [String], { description: 'Person ids of the board members who sent apologies.' })
  apologies!: string[];

  @Field(() => [NonMemberAttendeeModel], { description: 'Officers and observers present.' })
  otherAttendees!: NonMemberAttendeeModel[];

  @Field(() => QuorumRuleModel, { description: 'The quorum rule in force on the day.' })
  quorum!: QuorumRuleModel;

  @Field(() => Int, { description: 'Board members present, as counted for the quorum.' })
  boardMembersPresent!: number;

  @Field()
  chairPresent!: boolean;

  @Field({ description: 'True when the meeting could decide: only a quorate meeting decides.' })
  quorate!: boolean;
}

@ObjectType()
export class MeetingConnection extends ConnectionOf(MeetingModel, 'Meeting') {}

@ObjectType('BoardVote', { description: 'The count of a vote taken on a decision.' })
export class BoardVoteModel {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;
}

@ObjectType('Decision', {
  description:
    'What a board decided at a meeting: its kind, what it was about, the rationale, any vote, and the actions it assigned.',
})
export class DecisionModel {
  @Field({ description: 'The decision id, unique within its meeting.' })
  id!: string;

  @Field()
  meetingId!: string;

  @Field()
  partnershipId!: string;

  @Field({ description: 'The day of the meeting that took it (YYYY-MM-DD).' })
  decidedOn!: string;

  @Field({ description: `One of: ${DECISION_KINDS.join(', ')}.` })
  kind!: string;

  @Field()
  rationale!: string;

  @Field(() => [String], {
    description:
      'Person ids of the attending board members who took part (not those declaring an interest).',
  })
  takingPart!: string[];

  @Field(() => BoardVoteModel, {
    nullable: true,
    description: 'The vote; null when the board decided by consensus.',
  })
  vote!: BoardVoteModel | null;

  @Field({
    description: 'False only when a vote was lost; a decision not carried assigns nothing.',
  })
  carried!: boolean;
}

@ObjectType()
export class DecisionConnection extends ConnectionOf(DecisionModel, 'Decision') {}

@ObjectType('DecisionSubject', {
  description:
    'Something a decision was about: a commitment, outcome, agreement, partner or annual report.',
})
export class DecisionSubjectModel {
  @Field({ description: 'commitment, outcome, agreement, partner or annual_report.' })
  kind!: string;

  @Field({ description: 'The id of the commitment, outcome, agreement, partner or annual report.' })
  id!: string;

  /** Not in the schema: the partnership whose partner a `partner` subject names. */
  partnershipId!: string;
}

@ObjectType('DecisionActionOwner', {
  description: 'Who an action was assigned to: a person (by person id) or a partner.',
})
export class DecisionActionOwnerModel {
  @Field({ description: 'person or partner.' })
  kind!: string;

  @Field({ description: 'The person id, or the partner id.' })
  id!: string;

  /** Not in the schema: the partnership whose partner a `partner` owner names. */
  partnershipId!: string;
}

@ObjectType('DecisionAction', {
  description: 'An action a decision assigned, with its owner, due date and completion.',
})
export class DecisionActionModel {
  @Field({ description: 'The action id, unique within its meeting.' })
  id!: string;

  @Field()
  meetingId!: string;

  @Field({ description: 'The decision that assigned it.' })
  decisionId!: string;

  @Field()
  partnershipId!: string;

  @Field()
  description!: string;

  @Field(() => DecisionActionOwnerModel)
  owner!: DecisionActionOwnerModel;

  @Field({ description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while open.' })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, as recorded.' })
  completionNote!: string | null;
}

export const toMeeting = (view: MeetingView): MeetingModel => ({
  id: view.meetingId,
  partnershipId: view.partnershipId,
  date: view.date,
  location: view.location,
  attendees: [...view.attendees],
  apologies: [...view.apologies],
  otherAttendees: view.otherAttendees.map(({ name, role }) => ({ name, role })),
  quorum: { ...view.quorum },
  boardMembersPresent: view.boardMembersPresent,
  chairPresent: view.chairPresent,
  quorate: view.quorate,
});

export const toDecision = (view: DecisionView): DecisionModel => ({
  id: view.decisionId,
  meetingId: view.meetingId,
  partnershipId: view.partnershipId,
  decidedOn: view.decidedOn,
  kind: view.kind,
  rationale: view.rationale,
  takingPart: [...view.takingPart],
  vote: view.vote ? { ...view.vote } : null,
  carried: view.carried,
});

export const toDecisionSubject = (
  view: DecisionSubjectView,
  partnershipId: string,
): DecisionSubjectModel => ({ kind: view.kind, id: view.id, partnershipId });

export const toDecisionAction = (view: DecisionActionView): DecisionActionModel => ({
  id: view.actionId,
  meetingId: view.meetingId,
  decisionId: view.decisionId,
  partnershipId: view.partnershipId,
  description: view.description,
  owner: { ...view.owner, partnershipId: view.partnershipId },
  dueDate: view.dueDate,
  completedOn: view.completedOn,
  completionNote: view.completionNote,
});
