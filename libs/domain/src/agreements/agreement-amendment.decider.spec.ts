import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import type { DecisionFacts } from '../shared';
import { aCommand } from '../testing/command-builder';
import type { AgreementCommand } from './agreement.commands';
import { agreementDecider } from './agreement.decider';
import type { AgreementAmended, AgreementEvent } from './agreement.events';
import { AgreementRule } from './agreement.rules';
import {
  agreedHistory,
  amendmentContext,
  amendmentDecision,
  approvingAmendment,
  employmentRate,
  intermediateOutcomeAdded,
  of,
  readyDraft,
  submitted,
} from './testing/agreement-fixtures';

const spec = specify(agreementDecider);
const command = aCommand<AgreementCommand>;
const decision = amendmentDecision;
const amended = (amendmentNumber: number, summary: string): AgreementAmended => ({
  type: 'AgreementAmended',
  schemaVersion: 1,
  data: { ...of, amendmentNumber, decision, summary },
});
const addOutcome = (data: { decision?: typeof decision | null } = { decision }) =>
  command('AddLocalOutcome', {
    ...of,
    nationalOutcomeId: 'no6',
    localOutcomeId: 'lo-health',
    title: 'Fewer people smoke',
    description: 'Smoking falls in every locality.',
    ...data,
  });
const outcomeAddedByDecision: AgreementEvent = {
  type: 'LocalOutcomeAdded',
  schemaVersion: 1,
  data: {
    ...of,
    nationalOutcomeId: 'no6',
    localOutcomeId: 'lo-health',
    title: 'Fewer people smoke',
    description: 'Smoking falls in every locality.',
    decision,
  },
};
/** Agreed, with an intermediate outcome and an untracked local outcome to work on. */
const amendable = [...agreedHistory, intermediateOutcomeAdded, outcomeAddedByDecision];
const withFacts = (facts: Partial<DecisionFacts>) => ({
  decision: { ...approvingAmendment, ...facts },
});

describe('the content of an agreement', () => {
  it('is frozen once submitted, until agreed or returned to draft', () => {
    spec
      .given([...readyDraft, submitted], amendmentContext)
      .when(addOutcome({}))
      .thenViolates(AgreementRule.ContentOfASubmittedAgreementIsFrozen);
    spec
      .given([...readyDraft, submitted], amendmentContext)
      .when(addOutcome())
      .thenViolates(AgreementRule.ContentOfASubmittedAgreementIsFrozen);
  });

  it('changes without a decision while a draft, and refuses one it has no use for', () => {
    spec
      .given(readyDraft, amendmentContext)
      .when(addOutcome())
      .thenViolates(AgreementRule.OnlyAnAgreedAgreementChangesByDecision);
  });

  describe('once agreed', () => {
    it('changes by a board decision approving the amendment, which the change and an amendment record carry', () => {
      spec
        .given(agreedHistory, amendmentContext)
        .when(addOutcome())
        .then([
          outcomeAddedByDecision,
          amended(
            1,
            'Local outcome lo-health added under national outcome no6: Fewer people smoke',
          ),
        ]);
    });

    it('numbers its amendments in order', () => {
      const first = amended(1, 'first');
      spec
        .given([...agreedHistory, outcomeAddedByDecision, first], amendmentContext)
        .when(
          command('RetireLocalOutcome', {
            ...of,
            localOutcomeId: 'lo-health',
            reason: 'Merged',
            decision,
          }),
        )
        .then([
          {
            type: 'LocalOutcomeRetired',
            schemaVersion: 1,
            data: { ...of, localOutcomeId: 'lo-health', reason: 'Merged', decision },
          },
          amended(2, 'Local outcome lo-health retired: Merged'),
        ]);
    });

    it.each<[string, AgreementCommand]>([
      [
        'writing a section',
        command('WriteSection', {
          ...of,
          nationalOutcomeId: 'no1',
          localPriority: 'Broadband',
          areaProfile: '',
          keyLocalCauses: '',
          pastTrends: '',
          crossReferences: [],
        }),
      ],
      [
        'adding a local outcome',
        command('AddLocalOutcome', {
          ...of,
          nationalOutcomeId: 'no1',
          localOutcomeId: 'lo-broadband',
          title: 'T',
          description: 'D',
        }),
      ],
      [
        'revising a local outcome',
        command('ReviseLocalOutcome', {
          ...of,
          localOutcomeId: 'lo-jobs',
          title: 'T',
          description: 'D',
        }),
      ],
      [
        'retiring a local outcome',
        command('RetireLocalOutcome', { ...of, localOutcomeId: 'lo-health', reason: 'R' }),
      ],
      [
        'adding an intermediate outcome',
        command('AddIntermediateOutcome', {
          ...of,
          localOutcomeId: 'lo-jobs',
          intermediateOutcomeId: 'io-x',
          title: 'T',
        }),
      ],
      [
        'revising an intermediate outcome',
        command('ReviseIntermediateOutcome', {
          ...of,
          intermediateOutcomeId: 'io-skills',
          title: 'T',
        }),
      ],
      [
        'retiring an intermediate outcome',
        command('RetireIntermediateOutcome', {
          ...of,
          intermediateOutcomeId: 'io-skills',
          reason: 'R',
        }),
      ],
      [
        'adding an indicator',
        command('AddIndicator', {
          ...of,
          indicatorId: 'ind-x',
          outcomeId: 'lo-jobs',
          ...employmentRate,
        }),
      ],
      [
        'revising an indicator',
        command('ReviseIndicator', { ...of, indicatorId: 'ind-employment', ...employmentRate }),
      ],
      [
        'retiring an indicator',
        command('RetireIndicator', { ...of, indicatorId: 'ind-employment', reason: 'R' }),
      ],
    ])('refuses %s without a decision', (_name, change) => {
      spec
        .given(amendable, amendmentContext)
        .when(change)
        .thenViolates(AgreementRule.AmendmentMustReferenceABoardDecision);
      const withDecision = { ...change, data: { ...change.data, decision } } as AgreementCommand;
      const events = agreementDecider.decide(
        withDecision,
        amendable.reduce(agreementDecider.evolve, agreementDecider.initialState()),
        amendmentContext,
      );
      expect(events.map((e) => e.type)).toEqual([expect.any(String), 'AgreementAmended']);
      expect(events[0]!.data).toMatchObject({ decision });
    });

    it.each<[string, ReturnType<typeof withFacts> | undefined | { decision: null }]>([
      ['was never recorded', { decision: null }],
      ['was not looked up', undefined],
      ['was not carried', withFacts({ carried: false })],
      ['was taken at an inquorate meeting', withFacts({ quorate: false })],
      ['is of another kind', withFacts({ kind: 'accept_commitment' })],
      [
        'is about another agreement',
        withFacts({ subjects: [{ kind: 'agreement', id: 'soa-shetland-2008' }] }),
      ],
      [
        'is about something else with the same id',
        withFacts({ subjects: [{ kind: 'commitment', id: of.agreementId }] }),
      ],
      ['belongs to another partnership', withFacts({ partnershipId: 'p-shetland' })],
      [
        'is not the decision referenced',
        withFacts({ reference: { meetingId: 'm-2009-06', decisionId: 'd-4' } }),
      ],
    ])('refuses a decision that %s', (_name, context) => {
      spec
        .given(agreedHistory, context)
        .when(addOutcome())
        .thenViolates(AgreementRule.AmendmentMustBeApprovedByTheReferencedDecision);
    });
  });
});
