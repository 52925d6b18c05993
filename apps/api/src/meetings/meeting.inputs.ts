import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DECISION_ACTION_OWNER_KINDS,
  DECISION_KINDS,
  type DecisionSubject,
} from '@concordat/domain';
import {
  CALENDAR_DATE,
  CommandInput,
  IDENTIFIER,
  IDENTIFIER_MESSAGE,
} from '../graphql/command-input';

const DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';

/** A record, so a subject kind added to DecisionSubject without being listed here fails to compile. */
const SUBJECT_KIND: Record<DecisionSubject['kind'], true> = {
  commitment: true,
  outcome: true,
  agreement: true,
  partner: true,
  annual_report: true,
};
export const DECISION_SUBJECT_KINDS = Object.keys(SUBJECT_KIND) as DecisionSubject['kind'][];

/** Boards are small; these bounds only stop absurd input before it reaches the rules. */
const MAX_PEOPLE = 200;
const MAX_SUBJECTS = 50;
const MAX_ACTIONS = 100;

@InputType({ isAbstract: true })
abstract class MeetingInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `meetingId ${IDENTIFIER_MESSAGE}` })
  meetingId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;
}

@InputType({ description: 'Someone at the meeting who is not on the board: never counted.' })
export class NonMemberAttendeeInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 200)
  role!: string;
}

@InputType()
export class HoldBoardMeetingInput extends MeetingInput {
  @Field({ description: 'The day the meeting was held (YYYY-MM-DD); not in the future.' })
  @Matches(CALENDAR_DATE, { message: `date ${DATE_MESSAGE}` })
  date!: string;

  @Field()
  @Length(1, 200)
  location!: string;

  @Field(() => [String], { description: 'Person ids of the board members present.' })
  @ArrayMaxSize(MAX_PEOPLE)
  @Matches(IDENTIFIER, { each: true, message: `each attendee ${IDENTIFIER_MESSAGE}` })
  attendees!: string[];

  @Field(() => [NonMemberAttendeeInput], {
    nullable: true,
    description: 'Officers and observers present; they do not count for the quorum.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PEOPLE)
  @ValidateNested({ each: true })
  @Type(() => NonMemberAttendeeInput)
  otherAttendees?: NonMemberAttendeeInput[] | null;

  @Field(() => [String], { description: 'Person ids of the board members who sent apologies.' })
  @ArrayMaxSize(MAX_PEOPLE)
  @Matches(IDENTIFIER, { each: true, message: `each apology ${IDENTIFIER_MESSAGE}` })
  apologies!: string[];
}

@InputType()
export class DecisionSubjectInput {
  @Field({ description: `One of: ${DECISION_SUBJECT_KINDS.join(', ')}.` })
  @IsIn(DECISION_SUBJECT_KINDS)
  kind!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;
}

@InputType({
  description: 'The count of a vote; omit the vote when the board decided by consensus.',
})
export class BoardVoteInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  for!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  against!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  abstain!: number;
}

@InputType()
export class DecisionActionOwnerInput {
  @Field({ description: `One of: ${DECISION_ACTION_OWNER_KINDS.join(', ')}.` })
  @IsIn(DECISION_ACTION_OWNER_KINDS)
  kind!: string;

  @Field({ description: 'The person id or partner id.' })
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;
}

@InputType()
export class DecisionActionInput {
  @Field()
  @Matches(IDENTIFIER, { message: `actionId ${IDENTIFIER_MESSAGE}` })
  actionId!: string;

  @Field()
  @Length(1, 2000)
  description!: string;

  @Field(() => DecisionActionOwnerInput)
  @ValidateNested()
  @Type(() => DecisionActionOwnerInput)
  owner!: DecisionActionOwnerInput;

  @Field({ description: 'YYYY-MM-DD; not before the meeting.' })
  @Matches(CALENDAR_DATE, { message: `dueDate ${DATE_MESSAGE}` })
  dueDate!: string;
}

@InputType()
export class RecordDecisionInput extends MeetingInput {
  @Field()
  @Matches(IDENTIFIER, { message: `decisionId ${IDENTIFIER_MESSAGE}` })
  decisionId!: string;

  @Field({ description: `One of: ${DECISION_KINDS.join(', ')}.` })
  @IsIn(DECISION_KINDS)
  kind!: string;

  @Field(() => [DecisionSubjectInput], { description: 'What the decision is about.' })
  @ArrayMaxSize(MAX_SUBJECTS)
  @ValidateNested({ each: true })
  @Type(() => DecisionSubjectInput)
  subjects!: DecisionSubjectInput[];

  @Field()
  @Length(1, 5000)
  rationale!: string;

  @Field(() => [String], {
    description: 'Person ids of the attending board members who took part in the decision.',
  })
  @ArrayMaxSize(MAX_PEOPLE)
  @Matches(IDENTIFIER, { each: true, message: `each of takingPart ${IDENTIFIER_MESSAGE}` })
  takingPart!: string[];

  @Field(() => BoardVoteInput, {
    nullable: true,
    description: 'Null or omitted when the board decided by consensus.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BoardVoteInput)
  vote?: BoardVoteInput | null;

  @Field(() => [DecisionActionInput], {
    defaultValue: [],
    description: 'Actions the decision assigns; only a carried decision assigns any.',
  })
  @ArrayMaxSize(MAX_ACTIONS)
  @ValidateNested({ each: true })
  @Type(() => DecisionActionInput)
  actions!: DecisionActionInput[];
}

@InputType()
export class CompleteDecisionActionInput extends MeetingInput {
  @Field()
  @Matches(IDENTIFIER, { message: `actionId ${IDENTIFIER_MESSAGE}` })
  actionId!: string;

  @Field({ description: 'YYYY-MM-DD; not in the future, nor before the meeting.' })
  @Matches(CALENDAR_DATE, { message: `completedOn ${DATE_MESSAGE}` })
  completedOn!: string;

  @Field()
  @Length(1, 2000)
  note!: string;
}
