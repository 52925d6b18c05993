import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { EstablishedPartnership } from '@concordat/domain';
import type { StreamSnapshot } from '@concordat/time-travel';
import { QuorumRuleModel } from '../partnerships/partnership.models';
import { RecordedEventModel, toRecordedEvent } from './recorded-event.model';

@ObjectType('RepresentativeSnapshot', { description: 'A representative serving at the time.' })
export class RepresentativeSnapshotModel {
  @Field()
  personId!: string;

  @Field()
  name!: string;

  @Field()
  role!: string;
}

@ObjectType('PartnerSnapshot', { description: 'A partner as it stood, and who represented it.' })
export class PartnerSnapshotModel {
  @Field()
  id!: string;

  @Field()
  organisation!: string;

  @Field()
  sector!: string;

  @Field({ description: 'current or withdrawn.' })
  status!: string;

  @Field(() => [RepresentativeSnapshotModel], { description: 'In order of appointment.' })
  representatives!: RepresentativeSnapshotModel[];
}

@ObjectType('BoardSeatSnapshot', { description: 'A seat on the board at the time.' })
export class BoardSeatSnapshotModel {
  @Field()
  personId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  partnerId!: string | null;

  @Field()
  isChair!: boolean;
}

@ObjectType('PartnershipSnapshot', {
  description:
    "A partnership as it stood at a past instant or revision, folded from its stream's events.",
})
export class PartnershipSnapshotModel {
  @Field()
  id!: string;

  @Field()
  name!: string;

  @Field()
  councilArea!: string;

  @Field(() => QuorumRuleModel)
  quorum!: QuorumRuleModel;

  @Field(() => [PartnerSnapshotModel], {
    description: 'In order of admission, current and withdrawn.',
  })
  partners!: PartnerSnapshotModel[];

  @Field(() => [BoardSeatSnapshotModel], {
    description: 'The chair first, then members in order of appointment.',
  })
  board!: BoardSeatSnapshotModel[];

  @Field(() => GraphQLISODateTime)
  establishedAt!: Date;

  @Field({ description: 'The revision of the last event up to then (a decimal string).' })
  revision!: string;

  @Field(() => RecordedEventModel, { description: 'The last event up to then.' })
  lastEvent!: RecordedEventModel;
}

export function toPartnershipSnapshot({
  state,
  revision,
  first,
  last,
}: StreamSnapshot<EstablishedPartnership>): PartnershipSnapshotModel {
  const seats = [...state.board.values()];
  return {
    id: state.partnershipId,
    name: state.name,
    councilArea: state.councilArea,
    quorum: { ...state.quorum },
    partners: [...state.partners.values()].map((partner) => ({
      id: partner.partnerId,
      organisation: partner.organisation,
      sector: partner.sector,
      status: partner.status,
      representatives: [...partner.representatives].map(([personId, { name, role }]) => ({
        personId,
        name,
        role,
      })),
    })),
    board: [...seats.filter((seat) => seat.isChair), ...seats.filter((seat) => !seat.isChair)].map(
      ({ personId, name, partnerId, isChair }) => ({ personId, name, partnerId, isChair }),
    ),
    establishedAt: new Date(first.occurredAt),
    revision: revision.toString(),
    lastEvent: toRecordedEvent(last),
  };
}
