import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import type {
  BoardSeatView,
  PartnershipView,
  PartnerView,
  RepresentativeView,
} from '@concordat/read-models';
import { IDENTIFIER, IDENTIFIER_MESSAGE } from '../graphql/command-input';
import { ConnectionOf, PageArgs } from '../graphql/pagination';

export const PARTNER_STATUSES = ['current', 'withdrawn'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

const instant = (iso: string): Date => new Date(iso);
const instantOrNull = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));

@ObjectType('QuorumRule', {
  description:
    'How many board members make a meeting quorate, and whether the chair must be there.',
})
export class QuorumRuleModel {
  @Field(() => Int, { description: 'Board members who must be present (officers never count).' })
  minimumMembersPresent!: number;

  @Field({ description: 'True when a meeting without the chair cannot decide anything.' })
  chairMustAttend!: boolean;
}

@ObjectType('Partnership', {
  description:
    'A community planning partnership: the council and its partners in one council area, with a board that meets and decides.',
})
export class PartnershipModel {
  @Field({ description: 'The partnership id.' })
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The council area the partnership plans for.' })
  councilArea!: string;

  @Field(() => QuorumRuleModel, { description: "The board's quorum rule as it stands now." })
  quorum!: QuorumRuleModel;

  @Field(() => GraphQLISODateTime, { description: 'When the partnership was recorded.' })
  establishedAt!: Date;
}

@ObjectType()
export class PartnershipConnection extends ConnectionOf(PartnershipModel, 'Partnership') {}

@ObjectType('Partner', {
  description:
    'An organisation that is (or was) a member of a partnership: the council, health board, police, third sector interface…',
})
export class PartnerModel {
  @Field({ description: 'The partner id, unique within its partnership.' })
  id!: string;

  @Field()
  partnershipId!: string;

  @Field()
  organisation!: string;

  @Field({ description: 'The kind of body, e.g. council, health_board, third_sector.' })
  sector!: string;

  @Field(() => String, { description: `One of: ${PARTNER_STATUSES.join(', ')}.` })
  status!: PartnerStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the partner joined.' })
  admittedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it left; null if current.',
  })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it left, as recorded.' })
  withdrawalReason!: string | null;
}

const ERASED_AT =
  'When their personal data (name, contact details) was erased on request; null if never. ' +
  'Erased fields read as "[erased]".';

@ObjectType('Representative', {
  description: "One person's term representing a partner; a re-appointment is a new term.",
})
export class RepresentativeModel {
  @Field()
  personId!: string;

  @Field({ description: 'The partner represented.' })
  partnerId!: string;

  @Field()
  partnershipId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Their role in their own organisation.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Personal data: "[erased]" once erased.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: "[erased]" once erased.' })
  telephone!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: ERASED_AT })
  personalDataErasedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  appointedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while still serving.' })
  removedAt!: Date | null;

  @Field(() => String, { nullable: true })
  removalReason!: string | null;
}

@ObjectType('BoardSeat', {
  description: "One person's term on a partnership's board, as chair or member.",
})
export class BoardSeatModel {
  @Field()
  personId!: string;

  @Field()
  partnershipId!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The partner the member sits for; null for a member who sits for no partner.',
  })
  partnerId!: string | null;

  @Field({ description: 'True for the chair.' })
  isChair!: boolean;

  @Field(() => GraphQLISODateTime)
  appointedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while still serving.' })
  stoodDownAt!: Date | null;

  @Field(() => String, { nullable: true })
  standDownReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: ERASED_AT })
  personalDataErasedAt!: Date | null;
}

@ArgsType()
export class PartnershipsArgs extends PageArgs {}

@ArgsType()
export class PartnershipArgs {
  @Field({ description: 'The partnership id.' })
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class PartnersArgs {
  @Field(() => String, {
    nullable: true,
    description: `Only partners with this status (${PARTNER_STATUSES.join(', ')}); all when omitted.`,
  })
  @IsOptional()
  @IsIn(PARTNER_STATUSES)
  status?: PartnerStatus | null;
}

@ArgsType()
export class TermsArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Include past terms (removed representatives, members who stood down).',
  })
  @IsBoolean()
  includePast = false;
}

export const toPartnership = (view: PartnershipView): PartnershipModel => ({
  id: view.partnershipId,
  name: view.name,
  councilArea: view.councilArea,
  quorum: { ...view.quorum },
  establishedAt: instant(view.establishedAt),
});

export const toPartner = (view: PartnerView): PartnerModel => ({
  id: view.partnerId,
  partnershipId: view.partnershipId,
  organisation: view.organisation,
  sector: view.sector,
  status: view.status,
  admittedAt: instant(view.admittedAt),
  withdrawnAt: instantOrNull(view.withdrawnAt),
  withdrawalReason: view.withdrawalReason,
});

export const toRepresentative = (view: RepresentativeView): RepresentativeModel => ({
  ...view,
  appointedAt: instant(view.appointedAt),
  removedAt: instantOrNull(view.removedAt),
  personalDataErasedAt: instantOrNull(view.personalDataErasedAt),
});

export const toBoardSeat = (view: BoardSeatView): BoardSeatModel => ({
  ...view,
  appointedAt: instant(view.appointedAt),
  stoodDownAt: instantOrNull(view.stoodDownAt),
  personalDataErasedAt: instantOrNull(view.personalDataErasedAt),
});
