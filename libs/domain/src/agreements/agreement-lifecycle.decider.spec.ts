import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { aCommand } from '../testing/command-builder';
import type { AgreementCommand, SignAgreement } from './agreement.commands';
import { agreementDecider } from './agreement.decider';
import type { AgreementEvent } from './agreement.events';
import { AgreementRule } from './agreement.rules';
import {
  agreed,
  agreedHistory,
  amendmentContext,
  amendmentDecision,
  drafted,
  indicatorAdded,
  intermediateOutcomeAdded,
  localOutcomeAdded,
  of,
  readyDraft,
  signed,
  submitted,
} from './testing/agreement-fixtures';

const spec = specify(agreementDecider);
const command = aCommand<AgreementCommand>;
const submit = () => command('SubmitAgreement', of);
const sign = (data: Partial<SignAgreement['data']> = {}, issuedAt = '2008-06-20T15:00:00.000Z') =>
  aCommand<SignAgreement>(
    'SignAgreement',
    {
      ...of,
      party: 'council',
      signatory: { name: 'Morag Flett', role: 'Chief Executive, Orkney Islands Council' },
      signedOn: '2008-06-12',
      ...data,
    },
    { issuedAt },
  );
const signByGovernment = sign({
  party: 'government',
  signatory: { name: 'Iain Drever', role: 'Director, Local Government' },
  signedOn: '2008-06-20',
});
const returned: AgreementEvent = {
  type: 'AgreementReturnedToDraft',
  schemaVersion: 1,
  data: { ...of, reason: 'The government asks for a target on youth employment' },
};
const onSubmission = [...readyDraft, submitted];
const supersede = (on = '2011-04-01') =>
  command('SupersedeAgreement', {
    ...of,
    supersededBy: 'soa-orkney-2011',
    on,
    decision: amendmentDecision,
  });
const close = (on = '2011-03-31', decision: typeof amendmentDecision | null = amendmentDecision) =>
  command('CloseAgreement', { ...of, reason: 'Period ended', on, decision });

describe('an agreement', () => {
  describe('is submitted', () => {
    it('from draft, freezing its text', () => {
      spec.given(readyDraft).when(submit()).then([submitted]);
      spec.given(onSubmission).when(submit()).thenViolates(AgreementRule.OnlyADraftCanBeSubmitted);
    });

    it('with at least one local outcome', () => {
      spec.given([drafted]).when(submit()).thenViolates(AgreementRule.SubmissionNeedsALocalOutcome);
    });

    it('with every local outcome tracked by an indicator, directly or through an intermediate outcome', () => {
      spec
        .given([drafted, localOutcomeAdded])
        .when(submit())
        .thenViolates(AgreementRule.SubmissionNeedsEveryLocalOutcomeTracked);
      spec
        .given([
          drafted,
          localOutcomeAdded,
          intermediateOutcomeAdded,
          {
            ...indicatorAdded,
            data: { ...indicatorAdded.data, intermediateOutcomeId: 'io-skills' },
          } as AgreementEvent,
        ])
        .when(submit())
        .then([submitted]);
    });
  });

  describe('is returned to draft', () => {
    it('from submission, with a reason', () => {
      spec
        .given(onSubmission)
        .when(
          command('ReturnAgreementToDraft', {
            ...of,
            reason: ' The government asks for a target on youth employment ',
          }),
        )
        .then([returned]);
      spec
        .given(onSubmission)
        .when(command('ReturnAgreementToDraft', { ...of, reason: '' }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
    });

    it('only from submission', () => {
      spec
        .given(readyDraft)
        .when(command('ReturnAgreementToDraft', { ...of, reason: 'why' }))
        .thenViolates(AgreementRule.OnlyASubmittedAgreementReturnsToDraft);
      spec
        .given(agreedHistory)
        .when(command('ReturnAgreementToDraft', { ...of, reason: 'why' }))
        .thenViolates(AgreementRule.OnlyASubmittedAgreementReturnsToDraft);
    });

    it('where its content changes freely again', () => {
      spec
        .given([...onSubmission, returned])
        .when(
          command('RetireIndicator', { ...of, indicatorId: 'ind-employment', reason: 'replaced' }),
        )
        .then([
          {
            type: 'IndicatorRetired',
            schemaVersion: 1,
            data: { ...of, indicatorId: 'ind-employment', reason: 'replaced', decision: null },
          },
        ]);
    });

    it('letting signatures already given lapse', () => {
      spec
        .given([...onSubmission, signed('council', '2008-06-12'), returned, submitted])
        .when(sign())
        .then([signed('council', '2008-06-12')]);
    });
  });

  describe('is signed', () => {
    it('by the council and by the government, separately', () => {
      spec
        .given(onSubmission)
        .when(sign())
        .then([signed('council', '2008-06-12')]);
    });

    it('and agreed when both have signed, from the later signature', () => {
      spec
        .given([...onSubmission, signed('council', '2008-06-12')])
        .when(signByGovernment)
        .then([signed('government', '2008-06-20'), agreed]);
      spec
        .given([...onSubmission, signed('government', '2008-06-20')])
        .when(sign())
        .then([signed('council', '2008-06-12'), agreed]);
    });

    it('once by each party', () => {
      spec
        .given([...onSubmission, signed('council', '2008-06-12')])
        .when(sign({ signatory: { name: 'Someone Else', role: 'Leader of the Council' } }))
        .thenViolates(AgreementRule.PartyCannotSignTwice);
    });

    it('only by the council or the government', () => {
      spec
        .given(onSubmission)
        .when(sign({ party: 'health_board' }))
        .thenViolates(AgreementRule.SigningPartyMustBeCouncilOrGovernment);
    });

    it('only once submitted', () => {
      spec
        .given(readyDraft)
        .when(sign())
        .thenViolates(AgreementRule.OnlyASubmittedAgreementIsSigned);
      spec
        .given(agreedHistory)
        .when(sign())
        .thenViolates(AgreementRule.OnlyASubmittedAgreementIsSigned);
    });

    it('by a named signatory in a named role, on a calendar date', () => {
      spec
        .given(onSubmission)
        .when(sign({ signatory: { name: 'Morag Flett', role: ' ' } }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
      spec
        .given(onSubmission)
        .when(sign({ signedOn: '12/06/2008' }))
        .thenViolates(AgreementRule.DateMustBeACalendarDate);
    });

    it('on a date no later than the day it is recorded', () => {
      spec
        .given(onSubmission)
        .when(sign({ signedOn: '2008-06-21' }, '2008-06-20T23:59:00.000Z'))
        .thenViolates(AgreementRule.SignatureCannotBeDatedInTheFuture);
      spec
        .given(onSubmission)
        .when(sign({ signedOn: '2008-06-20' }, '2008-06-20T00:00:00.000Z'))
        .then([signed('council', '2008-06-20')]);
    });
  });

  describe('is superseded', () => {
    it('by another agreement, by board decision, once agreed', () => {
      spec
        .given(agreedHistory, amendmentContext)
        .when(supersede())
        .then([
          {
            type: 'AgreementSuperseded',
            schemaVersion: 1,
            data: {
              ...of,
              supersededBy: 'soa-orkney-2011',
              on: '2011-04-01',
              decision: amendmentDecision,
            },
          },
        ]);
    });

    it('only once agreed', () => {
      spec
        .given(onSubmission, amendmentContext)
        .when(supersede())
        .thenViolates(AgreementRule.OnlyAnAgreedAgreementIsSuperseded);
    });

    it('not by itself', () => {
      spec
        .given(agreedHistory, amendmentContext)
        .when(
          command('SupersedeAgreement', {
            ...of,
            supersededBy: of.agreementId,
            on: '2011-04-01',
            decision: amendmentDecision,
          }),
        )
        .thenViolates(AgreementRule.CannotSupersedeItself);
    });

    it('not before it was agreed', () => {
      spec
        .given(agreedHistory, amendmentContext)
        .when(supersede('2008-06-19'))
        .thenViolates(AgreementRule.CannotEndBeforeItWasAgreed);
    });

    it('only by a decision approving it', () => {
      spec
        .given(agreedHistory, amendmentContext)
        .when(
          command('SupersedeAgreement', {
            ...of,
            supersededBy: 'soa-orkney-2011',
            on: '2011-04-01',
          }),
        )
        .thenViolates(AgreementRule.AmendmentMustReferenceABoardDecision);
      spec
        .given(agreedHistory, { decision: null })
        .when(supersede())
        .thenViolates(AgreementRule.AmendmentMustBeApprovedByTheReferencedDecision);
    });
  });

  describe('is closed', () => {
    it('once agreed, by board decision, not before it was agreed', () => {
      spec
        .given(agreedHistory, amendmentContext)
        .when(close())
        .then([
          {
            type: 'AgreementClosed',
            schemaVersion: 1,
            data: { ...of, reason: 'Period ended', on: '2011-03-31', decision: amendmentDecision },
          },
        ]);
      spec
        .given(agreedHistory, amendmentContext)
        .when(close('2008-01-01'))
        .thenViolates(AgreementRule.CannotEndBeforeItWasAgreed);
      spec
        .given(agreedHistory, amendmentContext)
        .when(close('2011-03-31', null))
        .thenViolates(AgreementRule.AmendmentMustReferenceABoardDecision);
    });

    it('as an abandoned draft, without a decision', () => {
      spec
        .given(readyDraft)
        .when(close('2008-05-01', null))
        .then([
          {
            type: 'AgreementClosed',
            schemaVersion: 1,
            data: { ...of, reason: 'Period ended', on: '2008-05-01', decision: null },
          },
        ]);
      spec
        .given(readyDraft, amendmentContext)
        .when(close('2008-05-01'))
        .thenViolates(AgreementRule.OnlyAnAgreedAgreementChangesByDecision);
    });

    it('with a reason, on a calendar date', () => {
      spec
        .given(readyDraft)
        .when(command('CloseAgreement', { ...of, reason: ' ', on: '2008-05-01' }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
      spec
        .given(readyDraft)
        .when(command('CloseAgreement', { ...of, reason: 'Abandoned', on: 'May 2008' }))
        .thenViolates(AgreementRule.DateMustBeACalendarDate);
    });
  });

  describe('once superseded or closed', () => {
    const superseded: AgreementEvent = {
      type: 'AgreementSuperseded',
      schemaVersion: 1,
      data: {
        ...of,
        supersededBy: 'soa-orkney-2011',
        on: '2011-04-01',
        decision: amendmentDecision,
      },
    };
    const closedDraft: AgreementEvent = {
      type: 'AgreementClosed',
      schemaVersion: 1,
      data: { ...of, reason: 'Abandoned', on: '2008-05-01', decision: null },
    };

    it.each([
      ['superseded', [...agreedHistory, superseded]],
      ['closed', [...readyDraft, closedDraft]],
    ])('when %s, it changes no more', (_status, history) => {
      spec
        .given(history, amendmentContext)
        .when(
          command('RetireIndicator', {
            ...of,
            indicatorId: 'ind-employment',
            reason: 'x',
            decision: amendmentDecision,
          }),
        )
        .thenViolates(AgreementRule.EndedAgreementCannotChange);
      spec
        .given(history, amendmentContext)
        .when(submit())
        .thenViolates(AgreementRule.EndedAgreementCannotChange);
      spec
        .given(history, amendmentContext)
        .when(supersede())
        .thenViolates(AgreementRule.EndedAgreementCannotChange);
      spec
        .given(history, amendmentContext)
        .when(close())
        .thenViolates(AgreementRule.EndedAgreementCannotChange);
    });

    it('keeps everything it said readable', () => {
      const state = [...agreedHistory, superseded].reduce(
        agreementDecider.evolve,
        agreementDecider.initialState(),
      );
      expect(state).toMatchObject({
        status: 'superseded',
        supersededBy: 'soa-orkney-2011',
        endedOn: '2011-04-01',
        agreedOn: '2008-06-20',
      });
      expect(state.status !== 'none' && [...state.indicators.keys()]).toEqual(['ind-employment']);
      expect(state.status !== 'none' && state.signatures.get('government')?.name).toBe(
        'Iain Drever',
      );
    });
  });
});
