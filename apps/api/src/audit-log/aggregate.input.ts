import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import {
  IsIn,
  Matches,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  agreementStreamId,
  commitmentStreamId,
  engagementStreamId,
  frameworkVersionStreamId,
  indicatorObservationsStreamId,
  meetingStreamId,
  partnershipStreamId,
} from '@concordat/domain';
import { assertNever } from '@concordat/shared-kernel';
import { IDENTIFIER, IDENTIFIER_MESSAGE } from '../graphql/command-input';

/** The kinds of aggregate, each of whose instances is one stream of events. */
export const AggregateKind = {
  AGREEMENT: 'AGREEMENT',
  COMMITMENT: 'COMMITMENT',
  PARTNERSHIP: 'PARTNERSHIP',
  MEETING: 'MEETING',
  ENGAGEMENT_ACTIVITY: 'ENGAGEMENT_ACTIVITY',
  FRAMEWORK_VERSION: 'FRAMEWORK_VERSION',
  INDICATOR_OBSERVATIONS: 'INDICATOR_OBSERVATIONS',
} as const;
export type AggregateKind = (typeof AggregateKind)[keyof typeof AggregateKind];

registerEnumType(AggregateKind, {
  name: 'AggregateKind',
  description: 'A kind of aggregate: each instance records its events in a stream of its own.',
  valuesMap: {
    AGREEMENT: { description: 'An agreement, by agreement id: its drafting, content and life.' },
    COMMITMENT: { description: 'A commitment, by commitment id.' },
    PARTNERSHIP: { description: 'A partnership, by partnership id: partners and board.' },
    MEETING: { description: 'A board meeting, by meeting id, with its decisions.' },
    ENGAGEMENT_ACTIVITY: { description: 'An engagement activity, by activity id.' },
    FRAMEWORK_VERSION: { description: 'A national framework version, by its id.' },
    INDICATOR_OBSERVATIONS: {
      description: "An indicator's observations, by indicator id and its agreementId.",
    },
  },
});

/** agreementId names the indicator's agreement, so only indicator observations take one. */
@ValidatorConstraint({ name: 'agreementIdFitsKind' })
class AgreementIdFitsKind implements ValidatorConstraintInterface {
  validate(agreementId: unknown, { object }: ValidationArguments): boolean {
    if ((object as AggregateInput).kind !== AggregateKind.INDICATOR_OBSERVATIONS) {
      return agreementId === undefined || agreementId === null;
    }
    return typeof agreementId === 'string' && IDENTIFIER.test(agreementId);
  }

  defaultMessage(): string {
    return `agreementId is required with INDICATOR_OBSERVATIONS, where it ${IDENTIFIER_MESSAGE}, and refused with any other kind`;
  }
}

@InputType('AggregateInput', { description: 'One aggregate: its kind and id.' })
export class AggregateInput {
  @Field(() => AggregateKind)
  @IsIn(Object.values(AggregateKind))
  kind!: AggregateKind;

  @Field({ description: 'The id of the agreement, commitment, partnership and so on.' })
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "With INDICATOR_OBSERVATIONS only, where it is required: the indicator's agreement.",
  })
  @Validate(AgreementIdFitsKind)
  agreementId?: string | null;
}

/** The stream that holds the aggregate's events, named as the domain names it. */
export function streamIdOf({ kind, id, agreementId }: AggregateInput): string {
  switch (kind) {
    case AggregateKind.AGREEMENT:
      return agreementStreamId(id);
    case AggregateKind.COMMITMENT:
      return commitmentStreamId(id);
    case AggregateKind.PARTNERSHIP:
      return partnershipStreamId(id);
    case AggregateKind.MEETING:
      return meetingStreamId(id);
    case AggregateKind.ENGAGEMENT_ACTIVITY:
      return engagementStreamId(id);
    case AggregateKind.FRAMEWORK_VERSION:
      return frameworkVersionStreamId(id);
    case AggregateKind.INDICATOR_OBSERVATIONS:
      // AgreementIdFitsKind has made sure it is there.
      return indicatorObservationsStreamId(agreementId ?? '', id);
    default:
      return assertNever(kind, 'aggregate kind');
  }
}
