import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PartnershipCommandMessage } from '@concordat/application';
import type { PartnershipCommand } from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender } from '../graphql/command-sender';
import type { CommandInput } from '../graphql/command-input';
import type { RequestContext } from '../graphql/request-context';
import {
  AdmitPartnerInput,
  AppointBoardSeatInput,
  AppointRepresentativeInput,
  ErasePersonalDataInput,
  EstablishPartnershipInput,
  RemoveRepresentativeInput,
  SetQuorumRuleInput,
  StandDownBoardMemberInput,
  WithdrawPartnerInput,
} from './partnership.inputs';

type DataOf<T extends PartnershipCommand['type']> = Extract<
  PartnershipCommand,
  { type: T }
>['data'];

/** One mutation per partnership command: validate, build the command, send it. */
@Resolver()
export class PartnershipMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  private send<T extends PartnershipCommand['type']>(
    type: T,
    data: DataOf<T>,
    input: CommandInput,
    context: RequestContext,
  ): Promise<CommandPayload> {
    return this.sender.sendCommand(
      PartnershipCommandMessage,
      data.partnershipId,
      type,
      data,
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  establishPartnership(
    @Args('input') input: EstablishPartnershipInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, name, councilArea, quorum } = input;
    return this.send(
      'EstablishPartnership',
      { partnershipId, name, councilArea, quorum },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  admitPartner(@Args('input') input: AdmitPartnerInput, @Context() context: RequestContext) {
    const { partnershipId, partnerId, organisation, sector } = input;
    return this.send(
      'AdmitPartner',
      { partnershipId, partnerId, organisation, sector },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  appointRepresentative(
    @Args('input') input: AppointRepresentativeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, partnerId, personId, name, role } = input;
    const contact = {
      email: input.contact?.email ?? null,
      telephone: input.contact?.telephone ?? null,
    };
    return this.send(
      'AppointRepresentative',
      { partnershipId, partnerId, personId, name, role, contact },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  removeRepresentative(
    @Args('input') input: RemoveRepresentativeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, partnerId, personId, reason } = input;
    return this.send(
      'RemoveRepresentative',
      { partnershipId, partnerId, personId, reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  withdrawPartner(@Args('input') input: WithdrawPartnerInput, @Context() context: RequestContext) {
    const { partnershipId, partnerId, reason } = input;
    return this.send('WithdrawPartner', { partnershipId, partnerId, reason }, input, context);
  }

  @Mutation(() => CommandPayload)
  appointBoardChair(
    @Args('input') input: AppointBoardSeatInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, personId, name } = input;
    return this.send(
      'AppointBoardChair',
      { partnershipId, personId, name, partnerId: input.partnerId ?? null },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  appointBoardMember(
    @Args('input') input: AppointBoardSeatInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, personId, name } = input;
    return this.send(
      'AppointBoardMember',
      { partnershipId, personId, name, partnerId: input.partnerId ?? null },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  standDownBoardMember(
    @Args('input') input: StandDownBoardMemberInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, personId, reason } = input;
    return this.send('StandDownBoardMember', { partnershipId, personId, reason }, input, context);
  }

  @Mutation(() => CommandPayload)
  setQuorumRule(@Args('input') input: SetQuorumRuleInput, @Context() context: RequestContext) {
    return this.send(
      'SetQuorumRule',
      { partnershipId: input.partnershipId, quorum: input.quorum },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload, {
    description:
      "Erases a person's name and contact details by destroying their key: every event and view " +
      'then reads them as "[erased]", and every hash still verifies.',
  })
  erasePersonalData(
    @Args('input') input: ErasePersonalDataInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, personId, reason } = input;
    return this.send('ErasePersonalData', { partnershipId, personId, reason }, input, context);
  }
}
