import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { COMMITMENT_PROGRESS_STATUSES, type CommitmentProgressStatus } from '@concordat/domain';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '@concordat/read-models';
import { CALENDAR_DATE } from '../graphql/command-input';
import { ConnectionOf, PageArgs } from '../graphql/pagination';

/** A GraphQL enum whose value names are the domain's own words (`accepted`, `off_track`). */
const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const CommitmentStatusEnum = enumOf(COMMITMENT_STATUSES);
export const CommitmentProgressStatusEnum = enumOf(COMMITMENT_PROGRESS_STATUSES);

registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description: 'Where a commitment is in its life.',
  valuesMap: {
    proposed: { description: 'Proposed by its parties; the board has not decided yet.' },
    accepted: { description: 'Accepted by a board decision; progress is reported on it.' },
    rejected: { description: 'Rejected by a board decision.' },
    withdrawn: { description: 'Withdrawn by its lead party, with a reason.' },
    lapsed: { description: 'Its due date passed before it was delivered.' },
    delivered: { description: 'Delivered, with evidence.' },
  },
});

registerEnumType(CommitmentProgressStatusEnum, {
  name: 'CommitmentProgressStatus',
  description: 'What a progress report says about an accepted commitment.',
  valuesMap: {
    on_track: { description: 'On track.' },
    at_risk: { description: 'At risk; reported with evidence.' },
    off_track: { description: 'Off track; reported with evidence.' },
  },
});

@ObjectType('CommitmentMoney', {
  description: 'An amount in the smallest unit of its currency (pence for GBP).',
})
export class CommitmentMoneyModel {
  @Field(() => Float, {
    description:
      'Whole minor units, as a JSON number (amounts in pence pass the 32-bit Int limit).',
  })
  minorUnits!: number;

  @Field({ description: 'ISO 4217 code, e.g. GBP.' })
  currency!: string;
}

@ObjectType('CommitmentResources', {
  description: 'What a commitment puts behind its outcome, across all its parties.',
})
export class CommitmentResourcesModel {
  @Field(() => CommitmentMoneyModel)
  money!: CommitmentMoneyModel;

  @Field(() => String, { nullable: true, description: 'Where the money comes from.' })
  fundingStream!: string | null;

  @Field(() => Float, { description: 'Full-time equivalent staff.' })
  staffFte!: number;

  @Field(() => String, { nullable: true, description: 'Assets or services given in kind.' })
  inKind!: string | null;
}

@ObjectType('CommitmentAccountableOfficer', {
  description: 'The named officer answerable for delivering a commitment.',
})
export class CommitmentAccountableOfficerModel {
  @Field()
  name!: string;

  @Field()
  role!: string;
}

@ObjectType('CommitmentParty', {
  description: 'One party to a commitment and its share of the whole.',
})
export class CommitmentPartyModel {
  /** Partner ids are unique within a partnership only: kept to look the name up. */
  partnershipId!: string;

  @Field()
  partnerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The partner's organisation, from the partnerships read model (null if it does not know " +
      'the partner yet).',
  })
  partnerName?: string | null;

  @Field({ description: 'Whether this party leads, answerable for the whole commitment.' })
  isLead!: boolean;

  @Field(() => CommitmentMoneyModel, { description: "This party's part of the money." })
  money!: CommitmentMoneyModel;

  @Field(() => Float, { description: "This party's part of the staff FTE." })
  staffFte!: number;

  @Field(() => Float, { description: "This party's share of the work, in percent." })
  effortPercent!: number;
}

@ObjectType('CommitmentDecision', {
  description: 'A board decision as a commitment cites it: the meeting, the decision, the day.',
})
export class CommitmentDecisionModel {
  @Field()
  meetingId!: string;

  @Field()
  decisionId!: string;

  @Field({ description: 'The day of the meeting (YYYY-MM-DD).' })
  decidedOn!: string;
}

@ObjectType('CommitmentRejection', {
  description: 'The board decision that rejected a proposal, and why.',
})
export class CommitmentRejectionModel extends CommitmentDecisionModel {
  @Field()
  reason!: string;
}

@ObjectType('CommitmentRevision', {
  description: 'The board decision behind the latest revision of the terms.',
})
export class CommitmentRevisionModel extends CommitmentDecisionModel {
  @Field(() => [String], { description: 'The terms that revision changed, e.g. dueDate.' })
  changed!: string[];

  @Field(() => Int, { description: 'How many revisions there have been in all.' })
  revisions!: number;
}

@ObjectType('CommitmentWithdrawal', {
  description: 'The withdrawal of a whole commitment by its lead party.',
})
export class CommitmentWithdrawalModel {
  @Field({ description: 'The lead party that withdrew it.' })
  partnerId!: string;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  withdrawnAt!: Date;
}

@ObjectType('CommitmentDelivery', { description: 'The record that a commitment was delivered.' })
export class CommitmentDeliveryModel {
  @Field({ description: 'YYYY-MM-DD.' })
  deliveredOn!: string;

  @Field()
  note!: string;

  @Field()
  evidenceUrl!: string;
}

@ObjectType('CommitmentLatestProgress', {
  description: 'The latest progress report on a commitment, as its row keeps it.',
})
export class CommitmentLatestProgressModel {
  @Field(() => CommitmentProgressStatusEnum)
  status!: CommitmentProgressStatus;

  @Field()
  note!: string;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field({ description: 'First day of the period reported on (YYYY-MM-DD).' })
  periodStart!: string;

  @Field({ description: 'Last day of the period reported on (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was reported.' })
  reportedAt!: Date;
}

@ObjectType('CommitmentProgressReport', {
  description: 'One progress report on a commitment, as it was made.',
})
export class CommitmentProgressReportModel extends CommitmentLatestProgressModel {
  @Field({ description: 'The event that recorded it.' })
  eventId!: string;

  @Field({ description: 'Its revision in the commitment stream (a decimal string).' })
  revision!: string;

  @Field({ description: 'The actor who reported it.' })
  reportedBy!: string;
}

@ObjectType('CommitmentFlagClearance', {
  description: 'The board decision that dealt with a flag, and when it was cleared.',
})
export class CommitmentFlagClearanceModel extends CommitmentDecisionModel {
  @Field(() => GraphQLISODateTime)
  clearedAt!: Date;
}

@ObjectType('CommitmentFlag', {
  description: 'A flag raised for the board about one party to a commitment, e.g. one that left.',
})
export class CommitmentFlagModel {
  /** Kept to look the partner's name up. */
  partnershipId!: string;

  @Field({ description: 'The party the board must deal with.' })
  partnerId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The partner's organisation (null if the partnerships read model lacks it).",
  })
  partnerName?: string | null;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  raisedAt!: Date;

  @Field(() => CommitmentFlagClearanceModel, {
    nullable: true,
    description: 'Null while the flag is open.',
  })
  clearedBy!: CommitmentFlagClearanceModel | null;
}

@ObjectType('Commitment', {
  description:
    'What one or more partners committed to a local outcome of an agreement: the action, the ' +
    'resources, the date, the accountable officer, and what became of it.',
})
export class CommitmentModel {
  @Field({ description: 'The commitment id.' })
  id!: string;

  @Field()
  partnershipId!: string;

  @Field()
  agreementId!: string;

  @Field({ description: 'Unique within the agreement.' })
  localOutcomeId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The local outcome's title (null if the agreements read model lacks it).",
  })
  localOutcomeTitle?: string | null;

  @Field()
  action!: string;

  @Field(() => CommitmentStatusEnum)
  status!: CommitmentStatus;

  @Field({ description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field({ description: 'The party answerable for the whole commitment.' })
  leadPartnerId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The lead partner's organisation (null if the partnerships read model lacks it).",
  })
  leadPartnerName?: string | null;

  @Field(() => [CommitmentPartyModel], { description: 'Every party, in the order of the terms.' })
  parties?: CommitmentPartyModel[];

  @Field(() => CommitmentResourcesModel)
  resources!: CommitmentResourcesModel;

  @Field(() => CommitmentAccountableOfficerModel)
  accountableOfficer!: CommitmentAccountableOfficerModel;

  @Field(() => CommitmentDecisionModel, {
    nullable: true,
    description: 'The board decision that accepted it.',
  })
  acceptedBy!: CommitmentDecisionModel | null;

  @Field(() => CommitmentRejectionModel, {
    nullable: true,
    description: 'The board decision that rejected it.',
  })
  rejectedBy!: CommitmentRejectionModel | null;

  @Field(() => CommitmentRevisionModel, {
    nullable: true,
    description: 'The board decision behind the latest revision of its terms.',
  })
  lastRevisedBy!: CommitmentRevisionModel | null;

  @Field(() => CommitmentWithdrawalModel, { nullable: true })
  withdrawal!: CommitmentWithdrawalModel | null;

  @Field(() => String, { nullable: true, description: 'The due date it lapsed on (YYYY-MM-DD).' })
  lapsedOn!: string | null;

  @Field(() => CommitmentDeliveryModel, { nullable: true })
  delivery!: CommitmentDeliveryModel | null;

  @Field(() => CommitmentLatestProgressModel, {
    nullable: true,
    description: 'Null before the first progress report.',
  })
  latestProgress!: CommitmentLatestProgressModel | null;

  @Field(() => [CommitmentProgressReportModel], {
    description: 'Every progress report, oldest first.',
  })
  progressReports?: CommitmentProgressReportModel[];

  @Field(() => [CommitmentFlagModel], {
    description: 'Every flag raised for the board, cleared or not, oldest first.',
  })
  flags?: CommitmentFlagModel[];

  @Field(() => Int, { description: 'Flags not yet cleared; 0 once the commitment is closed.' })
  openFlags!: number;

  @Field({
    description:
      'The revision of the commitment stream this view reflects (a decimal string): pass it as ' +
      'expectedRevision.',
  })
  revision!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('CommitmentConnection', { description: 'A page of commitments, by due date then id.' })
export class CommitmentConnection extends ConnectionOf(CommitmentModel, 'Commitment') {}

const DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';
const ID_LENGTH = 200;

/** Filters and page together: Nest gives each @Args() class the whole argument object. */
@ArgsType()
export class CommitmentsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  partnershipId?: string | null;

  @Field(() => String, { nullable: true, description: 'A party to the commitment, lead or not.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  partnerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  agreementId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Outcome ids are unique within an agreement: give agreementId too.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  localOutcomeId?: string | null;

  @Field(() => [CommitmentStatusEnum], {
    nullable: true,
    description: 'Any of these statuses; an empty list does not filter.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMMITMENT_STATUSES.length)
  @IsIn(COMMITMENT_STATUSES, { each: true })
  status?: CommitmentStatus[] | null;

  @Field(() => [CommitmentProgressStatusEnum], {
    nullable: true,
    description:
      'Any of these statuses in the latest progress report (commitments without one are left ' +
      'out); an empty list does not filter. Applied by the API over the read model in order, ' +
      'so a page can hold fewer than `first` when more than 1,000 commitments in a row do not ' +
      'match: hasNextPage then stays true and endCursor resumes after the last one looked at.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMMITMENT_PROGRESS_STATUSES.length)
  @IsIn(COMMITMENT_PROGRESS_STATUSES, { each: true })
  progress?: CommitmentProgressStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Due strictly before this date (YYYY-MM-DD).',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: `dueBefore ${DATE_MESSAGE}` })
  @IsISO8601({ strict: true }, { message: `dueBefore ${DATE_MESSAGE}` })
  dueBefore?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Due strictly after this date (YYYY-MM-DD).',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: `dueAfter ${DATE_MESSAGE}` })
  @IsISO8601({ strict: true }, { message: `dueAfter ${DATE_MESSAGE}` })
  dueAfter?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: with a flag for the board not yet cleared; false: without one.',
  })
  @IsOptional()
  @IsBoolean()
  flagged?: boolean | null;
}
