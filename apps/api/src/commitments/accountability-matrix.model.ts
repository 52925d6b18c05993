import { ArgsType, Field, Float, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { CommitmentProgressStatus } from '@concordat/domain';
import type { CommitmentStatus } from '@concordat/read-models';
import { CommitmentProgressStatusEnum, CommitmentStatusEnum } from './commitment.model';

@ObjectType('AccountabilityMatrixPartner', {
  description: 'A partner with at least one commitment in the matrix: a row.',
})
export class AccountabilityMatrixPartnerModel {
  /** Partner ids are unique within a partnership only: kept to look the name up. */
  partnershipId!: string;

  @Field({ description: 'The partner id.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The partner's organisation, from the partnerships read model (null if it does not know " +
      'the partner yet).',
  })
  name?: string | null;
}

@ObjectType('AccountabilityMatrixOutcome', {
  description: 'A local outcome with at least one commitment in the matrix: a column.',
})
export class AccountabilityMatrixOutcomeModel {
  @Field({ description: 'The agreement the outcome belongs to.' })
  agreementId!: string;

  @Field({ description: 'The local outcome id, unique within its agreement.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The outcome's title (null if the agreements read model lacks it).",
  })
  title?: string | null;
}

@ObjectType('AccountabilityCellCommitment', {
  description: 'A commitment in a cell, with where it stands.',
})
export class AccountabilityCellCommitmentModel {
  @Field({ description: 'The commitment id.' })
  id!: string;

  @Field(() => CommitmentStatusEnum)
  status!: CommitmentStatus;

  @Field(() => CommitmentProgressStatusEnum, {
    nullable: true,
    description: 'The status of the latest progress report; null before the first.',
  })
  latestProgress!: CommitmentProgressStatus | null;
}

@ObjectType('AccountabilityResources', {
  description: "Resources summed over a cell's commitments, from the partner's own shares.",
})
export class AccountabilityResourcesModel {
  @Field(() => Float, {
    nullable: true,
    description:
      'Minor units (pence for GBP); null, with the currency, only when the commitments are in ' +
      'more than one currency, which cannot be summed.',
  })
  minorUnits!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code, e.g. GBP.' })
  currency!: string | null;

  @Field(() => Float, { description: 'Full-time equivalent staff.' })
  staffFte!: number;
}

@ObjectType('AccountabilityCell', {
  description: 'What one partner committed to one local outcome.',
})
export class AccountabilityCellModel {
  @Field()
  partnerId!: string;

  @Field({ description: 'The agreement of the outcome: outcome ids are unique within one.' })
  agreementId!: string;

  @Field()
  localOutcomeId!: string;

  @Field(() => [AccountabilityCellCommitmentModel], {
    description: 'Every commitment the partner is a party to under the outcome, by due date.',
  })
  commitments!: AccountabilityCellCommitmentModel[];

  @Field(() => AccountabilityResourcesModel, {
    description: "The partner's shares of its proposed, accepted and delivered commitments.",
  })
  pledged!: AccountabilityResourcesModel;

  @Field(() => AccountabilityResourcesModel, {
    description: "The partner's shares of its delivered commitments.",
  })
  delivered!: AccountabilityResourcesModel;
}

@ObjectType('AccountabilityMatrix', {
  description:
    'Who committed what to which outcome: partners by local outcomes, a cell for each pair ' +
    'with at least one commitment (cells absent from the grid have none).',
})
export class AccountabilityMatrixModel {
  @Field()
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The agreement the matrix is limited to; null for every agreement.',
  })
  agreementId!: string | null;

  @Field(() => [AccountabilityMatrixPartnerModel], { description: 'The rows, by partner id.' })
  partners!: AccountabilityMatrixPartnerModel[];

  @Field(() => [AccountabilityMatrixOutcomeModel], {
    description: 'The columns, by agreement id, then outcome id.',
  })
  outcomes!: AccountabilityMatrixOutcomeModel[];

  @Field(() => [AccountabilityCellModel], {
    description: 'The cells, by partner id, agreement id, then outcome id.',
  })
  cells!: AccountabilityCellModel[];
}

@ArgsType()
export class AccountabilityMatrixArgs {
  @Field({ description: 'The partnership; NOT_FOUND if there is none.' })
  @IsString()
  @MaxLength(200)
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only this agreement's outcomes; NOT_FOUND if the partnership has no such agreement. By " +
      'default every agreement of the partnership.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agreementId?: string | null;
}
