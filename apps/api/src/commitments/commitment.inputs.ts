import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMITMENT_PROGRESS_STATUSES } from '@concordat/domain';
import {
  CALENDAR_DATE,
  CommandInput,
  IDENTIFIER,
  IDENTIFIER_MESSAGE,
} from '../graphql/command-input';
import { MaxDecimalPlaces } from '../graphql/decimal-places';
import { DecisionReferenceInput } from '../meetings/decision-reference.input';

const DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';
const HTTPS_LINK = /^https:\/\/\S+$/;
const HTTPS_LINK_MESSAGE = 'must be an https link';
/** Decimals the domain keeps for staff FTE and effort shares, so that shares sum exactly. */
const DECIMALS = 2;
/** No partnership commits more than this many parties to one action. */
const MAX_PARTIES = 50;

@InputType({ isAbstract: true })
abstract class AboutACommitmentInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `commitmentId ${IDENTIFIER_MESSAGE}` })
  commitmentId!: string;
}

@InputType({ description: 'An amount in the smallest unit of its currency (pence for GBP).' })
export class MoneyInput {
  @Field(() => Float, {
    description:
      'Whole, non-negative minor units (pence) as a JSON number. A Float rather than an Int, ' +
      'because amounts in pence pass the 32-bit Int limit (about £21m); fractions and anything ' +
      'above 2^53 - 1 (the largest integer a JSON number holds exactly) are refused.',
  })
  @IsInt({ message: 'minorUnits must be a whole number of minor units' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  minorUnits!: number;

  @Field({ description: 'ISO 4217 code, e.g. GBP.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as GBP' })
  currency!: string;
}

@InputType({ description: 'One party to a commitment and its share of the whole.' })
export class CommitmentPartyInput {
  @Field({ description: 'A current partner of the partnership.' })
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field(() => MoneyInput, { description: "This party's part of the money." })
  @ValidateNested()
  @Type(() => MoneyInput)
  money!: MoneyInput;

  @Field(() => Float, { description: "This party's part of the staff FTE, to 2 decimals." })
  @MaxDecimalPlaces(DECIMALS)
  @Min(0)
  @Max(100_000)
  staffFte!: number;

  @Field(() => Float, { description: "This party's share of the work, in percent, to 2 decimals." })
  @MaxDecimalPlaces(DECIMALS)
  @Min(0)
  @Max(100)
  effortPercent!: number;
}

@InputType({ description: 'What the commitment puts behind the outcome, across its parties.' })
export class CommitmentResourcesInput {
  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  money!: MoneyInput;

  @Field(() => String, {
    nullable: true,
    description: 'Where the money comes from; required when there is money.',
  })
  @IsOptional()
  @Length(1, 200)
  fundingStream?: string | null;

  @Field(() => Float, { description: 'Full-time equivalent staff, to 2 decimals.' })
  @MaxDecimalPlaces(DECIMALS)
  @Min(0)
  @Max(100_000)
  staffFte!: number;

  @Field(() => String, { nullable: true, description: 'Assets or services given in kind.' })
  @IsOptional()
  @Length(1, 2000)
  inKind?: string | null;
}

@InputType()
export class AccountableOfficerInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 200)
  role!: string;
}

@InputType()
export class ProposeCommitmentInput extends AboutACommitmentInput {
  @Field()
  @Matches(IDENTIFIER, { message: `agreementId ${IDENTIFIER_MESSAGE}` })
  agreementId!: string;

  @Field({ description: 'A local outcome in force in the agreement.' })
  @Matches(IDENTIFIER, { message: `localOutcomeId ${IDENTIFIER_MESSAGE}` })
  localOutcomeId!: string;

  @Field()
  @Length(1, 2000)
  action!: string;

  @Field(() => [CommitmentPartyInput], {
    description: 'Their money and staff shares add up to the resources; effort to 100 percent.',
  })
  @ArrayMaxSize(MAX_PARTIES)
  @ValidateNested({ each: true })
  @Type(() => CommitmentPartyInput)
  parties!: CommitmentPartyInput[];

  @Field({ description: 'One of the parties, answerable for the whole commitment.' })
  @Matches(IDENTIFIER, { message: `leadPartnerId ${IDENTIFIER_MESSAGE}` })
  leadPartnerId!: string;

  @Field(() => CommitmentResourcesInput)
  @ValidateNested()
  @Type(() => CommitmentResourcesInput)
  resources!: CommitmentResourcesInput;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: `dueDate ${DATE_MESSAGE}` })
  dueDate!: string;

  @Field(() => AccountableOfficerInput)
  @ValidateNested()
  @Type(() => AccountableOfficerInput)
  accountableOfficer!: AccountableOfficerInput;
}

@InputType()
export class AcceptCommitmentInput extends AboutACommitmentInput {
  @Field(() => DecisionReferenceInput, {
    description: 'A carried decision, at a quorate meeting, to accept this commitment.',
  })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision!: DecisionReferenceInput;
}

@InputType()
export class RejectCommitmentInput extends AboutACommitmentInput {
  @Field(() => DecisionReferenceInput, {
    description: 'A carried decision, at a quorate meeting, to reject this commitment.',
  })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision!: DecisionReferenceInput;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType({ description: 'The span a progress report speaks for, both ends included.' })
export class CommitmentReportingPeriodInput {
  @Field({ description: 'YYYY-MM-DD; must have begun.' })
  @Matches(CALENDAR_DATE, { message: `start ${DATE_MESSAGE}` })
  start!: string;

  @Field({ description: 'YYYY-MM-DD; not before the start.' })
  @Matches(CALENDAR_DATE, { message: `end ${DATE_MESSAGE}` })
  end!: string;
}

@InputType()
export class ReportCommitmentProgressInput extends AboutACommitmentInput {
  @Field({ description: `One of: ${COMMITMENT_PROGRESS_STATUSES.join(', ')}.` })
  @IsIn(COMMITMENT_PROGRESS_STATUSES)
  status!: string;

  @Field()
  @Length(1, 5000)
  note!: string;

  @Field(() => String, {
    nullable: true,
    description: 'An https link to the evidence; may be omitted only when the status is on_track.',
  })
  @IsOptional()
  @MaxLength(2000)
  @Matches(HTTPS_LINK, { message: `evidenceUrl ${HTTPS_LINK_MESSAGE}` })
  evidenceUrl?: string | null;

  @Field(() => CommitmentReportingPeriodInput)
  @ValidateNested()
  @Type(() => CommitmentReportingPeriodInput)
  period!: CommitmentReportingPeriodInput;
}

@InputType()
export class RecordCommitmentDeliveryInput extends AboutACommitmentInput {
  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @Matches(CALENDAR_DATE, { message: `deliveredOn ${DATE_MESSAGE}` })
  deliveredOn!: string;

  @Field()
  @Length(1, 5000)
  note!: string;

  @Field({ description: 'An https link to the evidence of delivery.' })
  @MaxLength(2000)
  @Matches(HTTPS_LINK, { message: `evidenceUrl ${HTTPS_LINK_MESSAGE}` })
  evidenceUrl!: string;
}

/** Only the terms given change; the parties stay who they are, though their shares may change. */
@InputType({ description: 'The terms a revision changes; omitted terms stay as they are.' })
export class CommitmentChangesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  action?: string | null;

  @Field(() => [CommitmentPartyInput], {
    nullable: true,
    description: 'The same parties, with new shares.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PARTIES)
  @ValidateNested({ each: true })
  @Type(() => CommitmentPartyInput)
  parties?: CommitmentPartyInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `leadPartnerId ${IDENTIFIER_MESSAGE}` })
  leadPartnerId?: string | null;

  @Field(() => CommitmentResourcesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentResourcesInput)
  resources?: CommitmentResourcesInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: `dueDate ${DATE_MESSAGE}` })
  dueDate?: string | null;

  @Field(() => AccountableOfficerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountableOfficerInput)
  accountableOfficer?: AccountableOfficerInput | null;
}

@InputType()
export class ReviseCommitmentInput extends AboutACommitmentInput {
  @Field(() => DecisionReferenceInput, {
    description: 'A carried decision, at a quorate meeting, approving this revision.',
  })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision!: DecisionReferenceInput;

  @Field(() => CommitmentChangesInput)
  @ValidateNested()
  @Type(() => CommitmentChangesInput)
  changes!: CommitmentChangesInput;
}

@InputType()
export class WithdrawCommitmentInput extends AboutACommitmentInput {
  @Field({ description: 'The lead party, withdrawing on behalf of every party.' })
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class MarkCommitmentLapsedInput extends AboutACommitmentInput {}

@InputType()
export class FlagCommitmentForBoardInput extends AboutACommitmentInput {
  @Field({ description: 'The party the board must deal with, e.g. one that has withdrawn.' })
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class ClearCommitmentFlagInput extends AboutACommitmentInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field(() => DecisionReferenceInput, {
    description: 'A carried board decision about this commitment that deals with the flag.',
  })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision!: DecisionReferenceInput;
}
