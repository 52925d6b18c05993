import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AgreementCommandMessage } from '@concordat/application';
import type {
  AgreementCommand,
  DecisionReference,
  IndicatorDefinitionInput as IndicatorDefinition,
} from '@concordat/domain';
import { CommandPayload } from '../graphql/command-payload.model';
import { CommandSender } from '../graphql/command-sender';
import type { CommandInput } from '../graphql/command-input';
import type { RequestContext } from '../graphql/request-context';
import {
  AddIndicatorInput,
  AddIntermediateOutcomeInput,
  AddLocalOutcomeInput,
  CloseAgreementInput,
  DraftAgreementInput,
  RetireIndicatorInput,
  RetireIntermediateOutcomeInput,
  RetireLocalOutcomeInput,
  ReturnAgreementToDraftInput,
  ReviseIndicatorInput,
  ReviseIntermediateOutcomeInput,
  ReviseLocalOutcomeInput,
  SignAgreementInput,
  SubmitAgreementInput,
  SupersedeAgreementInput,
  WriteSectionInput,
} from './agreement.inputs';
import type { DecisionReferenceInput } from '../meetings/decision-reference.input';

type DataOf<T extends AgreementCommand['type']> = Extract<AgreementCommand, { type: T }>['data'];

/** One mutation per agreement command: validate, build the command, send it. */
@Resolver()
export class AgreementMutationsResolver {
  constructor(private readonly sender: CommandSender) {}

  private send<T extends AgreementCommand['type']>(
    type: T,
    data: DataOf<T>,
    input: CommandInput,
    context: RequestContext,
  ): Promise<CommandPayload> {
    return this.sender.sendCommand(
      AgreementCommandMessage,
      data.agreementId,
      type,
      data,
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  draftAgreement(@Args('input') input: DraftAgreementInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, kind, title, frameworkVersionId } = input;
    return this.send(
      'DraftAgreement',
      {
        partnershipId,
        agreementId,
        kind,
        locality: input.locality ?? null,
        title,
        frameworkVersionId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        councilPartnerId: input.councilPartnerId,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  writeSection(@Args('input') input: WriteSectionInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, nationalOutcomeId } = input;
    return this.send(
      'WriteSection',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        nationalOutcomeId,
        localPriority: input.localPriority,
        areaProfile: input.areaProfile,
        keyLocalCauses: input.keyLocalCauses,
        pastTrends: input.pastTrends,
        crossReferences: input.crossReferences.map(({ plan, reference }) => ({ plan, reference })),
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  addLocalOutcome(@Args('input') input: AddLocalOutcomeInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, nationalOutcomeId, localOutcomeId, title, description } =
      input;
    return this.send(
      'AddLocalOutcome',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        nationalOutcomeId,
        localOutcomeId,
        title,
        description,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  reviseLocalOutcome(
    @Args('input') input: ReviseLocalOutcomeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, localOutcomeId, title, description } = input;
    return this.send(
      'ReviseLocalOutcome',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        localOutcomeId,
        title,
        description,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  retireLocalOutcome(
    @Args('input') input: RetireLocalOutcomeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, localOutcomeId, reason } = input;
    return this.send(
      'RetireLocalOutcome',
      { partnershipId, agreementId, decision: decisionOf(input.decision), localOutcomeId, reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  addIntermediateOutcome(
    @Args('input') input: AddIntermediateOutcomeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, localOutcomeId, intermediateOutcomeId, title } = input;
    return this.send(
      'AddIntermediateOutcome',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        localOutcomeId,
        intermediateOutcomeId,
        title,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  reviseIntermediateOutcome(
    @Args('input') input: ReviseIntermediateOutcomeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, intermediateOutcomeId, title } = input;
    return this.send(
      'ReviseIntermediateOutcome',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        intermediateOutcomeId,
        title,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  retireIntermediateOutcome(
    @Args('input') input: RetireIntermediateOutcomeInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, intermediateOutcomeId, reason } = input;
    return this.send(
      'RetireIntermediateOutcome',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        intermediateOutcomeId,
        reason,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  addIndicator(@Args('input') input: AddIndicatorInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, indicatorId, outcomeId } = input;
    return this.send(
      'AddIndicator',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        indicatorId,
        outcomeId,
        ...definitionOf(input),
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  reviseIndicator(@Args('input') input: ReviseIndicatorInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, indicatorId } = input;
    return this.send(
      'ReviseIndicator',
      {
        partnershipId,
        agreementId,
        decision: decisionOf(input.decision),
        indicatorId,
        ...definitionOf(input),
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  retireIndicator(@Args('input') input: RetireIndicatorInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, indicatorId, reason } = input;
    return this.send(
      'RetireIndicator',
      { partnershipId, agreementId, decision: decisionOf(input.decision), indicatorId, reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  submitAgreement(@Args('input') input: SubmitAgreementInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId } = input;
    return this.send('SubmitAgreement', { partnershipId, agreementId }, input, context);
  }

  @Mutation(() => CommandPayload)
  returnAgreementToDraft(
    @Args('input') input: ReturnAgreementToDraftInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, reason } = input;
    return this.send(
      'ReturnAgreementToDraft',
      { partnershipId, agreementId, reason },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  signAgreement(@Args('input') input: SignAgreementInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, party, signatory, signedOn } = input;
    return this.send(
      'SignAgreement',
      {
        partnershipId,
        agreementId,
        party,
        signatory: { name: signatory.name, role: signatory.role },
        signedOn,
      },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  supersedeAgreement(
    @Args('input') input: SupersedeAgreementInput,
    @Context() context: RequestContext,
  ) {
    const { partnershipId, agreementId, supersededBy, on } = input;
    return this.send(
      'SupersedeAgreement',
      { partnershipId, agreementId, decision: decisionOf(input.decision), supersededBy, on },
      input,
      context,
    );
  }

  @Mutation(() => CommandPayload)
  closeAgreement(@Args('input') input: CloseAgreementInput, @Context() context: RequestContext) {
    const { partnershipId, agreementId, reason, on } = input;
    return this.send(
      'CloseAgreement',
      { partnershipId, agreementId, decision: decisionOf(input.decision), reason, on },
      input,
      context,
    );
  }
}

function decisionOf(decision: DecisionReferenceInput | null | undefined): DecisionReference | null {
  return decision ? { meetingId: decision.meetingId, decisionId: decision.decisionId } : null;
}

/** The definition fields AddIndicator and ReviseIndicator share, taken one by one. */
function definitionOf(input: AddIndicatorInput | ReviseIndicatorInput): IndicatorDefinition {
  const { source, baseline, target } = input;
  return {
    title: input.title,
    source: {
      kind: source.kind,
      ...(source.nationalIndicatorId ? { nationalIndicatorId: source.nationalIndicatorId } : {}),
      ...(source.menuIndicatorId ? { menuIndicatorId: source.menuIndicatorId } : {}),
    },
    unit: input.unit,
    baseline: { value: baseline.value, date: baseline.date },
    target: { value: target.value, date: target.date },
    direction: input.direction,
  };
}
