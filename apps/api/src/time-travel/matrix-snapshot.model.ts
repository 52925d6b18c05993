import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import {
  AccountabilityCellModel,
  AccountabilityMatrixPartnerModel,
} from '../commitments/accountability-matrix.model';

@ObjectType('AccountabilityMatrixOutcomeSnapshot', {
  description: 'A local outcome with at least one commitment in the matrix, titled as it was.',
})
export class AccountabilityMatrixOutcomeSnapshotModel {
  @Field()
  agreementId!: string;

  @Field()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The outcome's title at the time (null if its agreement had no such outcome).",
  })
  title!: string | null;
}

@ObjectType('AccountabilityMatrixSnapshot', {
  description:
    'The accountability matrix as it stood at a past instant: each commitment folded from its ' +
    'stream up to then, counted by the same function as the live matrix.',
})
export class AccountabilityMatrixSnapshotModel {
  @Field()
  partnershipId!: string;

  @Field(() => String, { nullable: true })
  agreementId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'The instant it stood at.' })
  asOf!: Date;

  @Field(() => [AccountabilityMatrixPartnerModel], { description: 'The rows, by partner id.' })
  partners!: AccountabilityMatrixPartnerModel[];

  @Field(() => [AccountabilityMatrixOutcomeSnapshotModel], {
    description: 'The columns, by agreement id, then outcome id.',
  })
  outcomes!: AccountabilityMatrixOutcomeSnapshotModel[];

  @Field(() => [AccountabilityCellModel], {
    description: 'The cells, by partner id, agreement id, then outcome id.',
  })
  cells!: AccountabilityCellModel[];
}
