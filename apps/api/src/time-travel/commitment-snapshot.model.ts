import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { CommitmentStatus } from '@concordat/read-models';
import {
  CommitmentAccountableOfficerModel,
  CommitmentLatestProgressModel,
  CommitmentPartyModel,
  CommitmentProgressReportModel,
  CommitmentResourcesModel,
  CommitmentStatusEnum,
} from '../commitments/commitment.model';
import { DecisionReferenceModel, RecordedEventModel } from './recorded-event.model';

@ObjectType('CommitmentBoardFlagSnapshot', {
  description: 'A flag for the board not yet cleared at the time: a party that had left.',
})
export class CommitmentBoardFlagSnapshotModel {
  @Field()
  partnerId!: string;

  @Field()
  reason!: string;
}

@ObjectType('CommitmentSnapshot', {
  description:
    "A commitment as it stood at a past instant or revision, folded from its stream's events: " +
    'its terms, its status and its progress reports up to then.',
})
export class CommitmentSnapshotModel {
  @Field()
  id!: string;

  @Field()
  partnershipId!: string;

  @Field()
  agreementId!: string;

  @Field()
  localOutcomeId!: string;

  @Field()
  action!: string;

  @Field(() => CommitmentStatusEnum)
  status!: CommitmentStatus;

  @Field()
  dueDate!: string;

  @Field()
  leadPartnerId!: string;

  @Field(() => [CommitmentPartyModel], { description: 'Every party, in the order of the terms.' })
  parties!: CommitmentPartyModel[];

  @Field(() => CommitmentResourcesModel)
  resources!: CommitmentResourcesModel;

  @Field(() => CommitmentAccountableOfficerModel)
  accountableOfficer!: CommitmentAccountableOfficerModel;

  @Field(() => DecisionReferenceModel, {
    nullable: true,
    description: 'The board decision that had accepted it.',
  })
  acceptedBy!: DecisionReferenceModel | null;

  @Field(() => CommitmentLatestProgressModel, {
    nullable: true,
    description: 'The last progress report up to then; null before the first.',
  })
  latestProgress!: CommitmentLatestProgressModel | null;

  @Field(() => [CommitmentProgressReportModel], { description: 'Oldest first.' })
  progressReports!: CommitmentProgressReportModel[];

  @Field(() => Int, { description: 'Flags not yet cleared; 0 once the commitment was closed.' })
  openFlags!: number;

  @Field(() => [CommitmentBoardFlagSnapshotModel], { description: 'The flags counted there.' })
  flagsForBoard!: CommitmentBoardFlagSnapshotModel[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the last event up to then happened.' })
  updatedAt!: Date;

  @Field({ description: 'The revision of the last event up to then (a decimal string).' })
  revision!: string;

  @Field(() => RecordedEventModel, { description: 'The last event up to then.' })
  lastEvent!: RecordedEventModel;
}
