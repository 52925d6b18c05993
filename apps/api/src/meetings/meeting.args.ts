import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { DECISION_KINDS } from '@concordat/domain';
import { CALENDAR_DATE, IDENTIFIER, IDENTIFIER_MESSAGE } from '../graphql/command-input';
import { PageArgs } from '../graphql/pagination';
import { DECISION_SUBJECT_KINDS } from './meeting.inputs';

/** YYYY-MM-DD, and a day that exists (no 2011-02-30). */
function IsCalendarDate(field: string): PropertyDecorator {
  const message = `${field} must be a calendar date (YYYY-MM-DD)`;
  const format = Matches(CALENDAR_DATE, { message });
  const exists = IsISO8601({ strict: true }, { message });
  return (target, property) => {
    format(target, property);
    exists(target, property);
  };
}

/** Today in UTC, as YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);

@ArgsType()
export class MeetingArgs {
  @Field({ description: 'The meeting id.' })
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class MeetingRangeArgs {
  @Field(() => String, { nullable: true, description: 'Meetings on or after this day.' })
  @IsOptional()
  @IsCalendarDate('from')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Meetings on or before this day.' })
  @IsOptional()
  @IsCalendarDate('to')
  to?: string | null;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;

  @Field(() => String, { nullable: true, description: 'Meetings on or after this day.' })
  @IsOptional()
  @IsCalendarDate('from')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Meetings on or before this day.' })
  @IsOptional()
  @IsCalendarDate('to')
  to?: string | null;
}

/** "What did the board decide this year": by kind and date. */
@ArgsType()
export class DecisionFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: `Only decisions of this kind: ${DECISION_KINDS.join(', ')}.`,
  })
  @IsOptional()
  @IsIn(DECISION_KINDS)
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Decided on or after this day.' })
  @IsOptional()
  @IsCalendarDate('decidedFrom')
  decidedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Decided on or before this day.' })
  @IsOptional()
  @IsCalendarDate('decidedTo')
  decidedTo?: string | null;
}

@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description: `Only decisions of this kind: ${DECISION_KINDS.join(', ')}.`,
  })
  @IsOptional()
  @IsIn(DECISION_KINDS)
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Only decisions about a subject of this kind: ${DECISION_SUBJECT_KINDS.join(', ')}.`,
  })
  @IsOptional()
  @IsIn(DECISION_SUBJECT_KINDS)
  subjectKind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only decisions about the subject with this id (with subjectKind, of that kind).',
  })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `subjectId ${IDENTIFIER_MESSAGE}` })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Decided on or after this day.' })
  @IsOptional()
  @IsCalendarDate('decidedFrom')
  decidedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Decided on or before this day.' })
  @IsOptional()
  @IsCalendarDate('decidedTo')
  decidedTo?: string | null;
}

@ArgsType()
export class OverdueActionsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The day to judge on (YYYY-MM-DD), today (UTC) when omitted: actions assigned by then, due before it and not completed by it.',
  })
  @IsOptional()
  @IsCalendarDate('asOf')
  asOf?: string | null;
}
