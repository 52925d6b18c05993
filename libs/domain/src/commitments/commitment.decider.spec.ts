import fc from 'fast-check';
import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import type { DecisionFacts, DecisionKind } from '../shared';
import { checkDeciderProperties } from '../testing/decider-properties';
import type { CommitmentCommand } from './commitment.commands';
import type { CommitmentContext } from './commitment.context';
import { commitmentDecider } from './commitment.decider';
import type { CommitmentEvent } from './commitment.events';
import { CommitmentRule } from './commitment.rules';
import {
  accept,
  about,
  clearFlag,
  deliver,
  flag,
  lapse,
  on,
  progress,
  reject,
  revise,
  withdraw,
} from './testing/commitment-commands';
import {
  accepted,
  command,
  decided,
  decisionFacts,
  delivered,
  jointTerms,
  lapsed,
  party,
  proposal,
  proposalContext,
  proposed,
  reference,
  rejected,
  soleTerms,
  withdrawn,
} from './testing/commitment-fixtures';

const spec = specify(commitmentDecider);

describe('a commitment', () => {
  describe('whatever is asked of it', () => {
    it.each<[string, CommitmentCommand]>([
      ['accepted', accept],
      ['reported on', progress('on_track', null)],
      ['delivered', deliver()],
      ['withdrawn', withdraw()],
      ['flagged', flag()],
    ])('must have been proposed to be %s', (_, attempt) => {
      spec
        .given([], decided('accept_commitment'))
        .when(attempt)
        .thenViolates(CommitmentRule.MustHaveBeenProposed);
    });

    it('is acted on only through its own partnership', () => {
      spec
        .given([proposed()])
        .when(
          command('WithdrawCommitment', {
            ...about,
            partnershipId: 'p-edinburgh',
            partnerId: 'council',
            reason: 'x',
          }),
        )
        .thenViolates(CommitmentRule.CommandMustNameTheCommitmentsPartnership);
    });

    it.each<[string, CommitmentEvent[]]>([
      ['rejected', [proposed(), rejected]],
      ['delivered', [proposed(), accepted, delivered]],
      ['withdrawn', [proposed(), accepted, withdrawn]],
      ['lapsed', [proposed(), accepted, lapsed]],
    ])('cannot change once %s', (_, history) => {
      const attempts: [CommitmentCommand, CommitmentContext][] = [
        [deliver(), undefined],
        [withdraw(), undefined],
        [lapse('2011-04-02'), undefined],
        [revise({ dueDate: '2012-03-31' }), decided('approve_commitment_revision')],
        [reject, decided('reject_commitment')],
        [clearFlag(), decided('hold_partner_to_account')],
      ];
      for (const [attempt, context] of attempts) {
        spec
          .given(history, context)
          .when(attempt)
          .thenViolates(CommitmentRule.ClosedCommitmentCannotChange);
      }
    });
  });

  describe('acceptance', () => {
    it('is by a board decision to accept it', () => {
      spec.given([proposed()], decided('accept_commitment')).when(accept).then([accepted]);
    });

    it('happens once', () => {
      for (const history of [
        [proposed(), accepted],
        [proposed(), accepted, delivered],
      ]) {
        spec
          .given(history, decided('accept_commitment'))
          .when(accept)
          .thenViolates(CommitmentRule.CannotBeAcceptedTwice);
      }
    });

    it.each([
      ['no decision was found', { decision: null }],
      ['no decision was looked up', undefined],
      ['the decision was of another kind', decided('accept_commitment', { kind: 'escalate' })],
      ['the vote was lost', decided('accept_commitment', { carried: false })],
      ['the meeting was not quorate', decided('accept_commitment', { quorate: false })],
      [
        'the decision was about another commitment',
        decided('accept_commitment', { subjects: [{ kind: 'commitment', id: 'c-other' }] }),
      ],
      [
        'the facts are of another decision',
        decided('accept_commitment', { reference: { meetingId: 'm', decisionId: 'd' } }),
      ],
    ])('is refused when %s', (_, context) => {
      spec
        .given([proposed()], context)
        .when(accept)
        .thenViolates(CommitmentRule.AcceptanceNeedsADecisionToAccept);
    });

    it('is too late once the proposal is closed', () => {
      for (const history of [
        [proposed(), rejected],
        [proposed(), withdrawn],
      ]) {
        spec
          .given(history, decided('accept_commitment'))
          .when(accept)
          .thenViolates(CommitmentRule.ClosedCommitmentCannotChange);
      }
    });

    it('is by a decision of the commitment’s own partnership', () => {
      spec
        .given([proposed()], decided('accept_commitment', { partnershipId: 'p-edinburgh' }))
        .when(accept)
        .thenViolates(CommitmentRule.DecisionMustBeTakenByTheCommitmentsPartnership);
    });
  });

  describe('rejection', () => {
    it('is by a board decision to reject it, with a reason', () => {
      spec.given([proposed()], decided('reject_commitment')).when(reject).then([rejected]);
    });

    it('comes before acceptance, not after', () => {
      spec
        .given([proposed(), accepted], decided('reject_commitment'))
        .when(reject)
        .thenViolates(CommitmentRule.OnlyAProposedCommitmentCanBeRejected);
    });

    it('needs a decision to reject, not to accept', () => {
      spec
        .given([proposed()], decided('accept_commitment'))
        .when(
          command('RejectCommitment', {
            ...about,
            decision: reference('accept_commitment'),
            reason: 'no',
          }),
        )
        .thenViolates(CommitmentRule.RejectionNeedsADecisionToReject);
    });

    it('gives a reason', () => {
      spec
        .given([proposed()], decided('reject_commitment'))
        .when(
          command('RejectCommitment', {
            ...about,
            decision: reference('reject_commitment'),
            reason: ' ',
          }),
        )
        .thenViolates(CommitmentRule.TextMustNotBeBlank);
    });
  });

  describe('withdrawal', () => {
    it('is by the lead party, with a reason, before or after acceptance', () => {
      spec
        .given([proposed(), accepted])
        .when(withdraw('council', ' budget cut '))
        .then([withdrawn]);
      spec.given([proposed()]).when(withdraw()).then([withdrawn]);
    });

    it('is not for another party or a stranger', () => {
      for (const partnerId of ['nhs', 'police']) {
        spec
          .given([proposed(jointTerms()), accepted])
          .when(withdraw(partnerId))
          .thenViolates(CommitmentRule.OnlyTheLeadPartyCanWithdrawTheCommitment);
      }
    });

    it('gives a reason', () => {
      spec
        .given([proposed()])
        .when(withdraw('council', ''))
        .thenViolates(CommitmentRule.TextMustNotBeBlank);
    });
  });

  describe('lapsing', () => {
    it('happens to an open commitment the day after it was due', () => {
      spec.given([proposed(), accepted]).when(lapse('2011-04-01')).then([lapsed]);
    });

    it('does not happen on or before the due date', () => {
      for (const day of ['2011-03-31', '2010-01-01']) {
        spec
          .given([proposed(), accepted])
          .when(lapse(day))
          .thenViolates(CommitmentRule.CommitmentLapsesOnlyAfterItsDueDate);
      }
    });

    it('follows a revised due date', () => {
      const revised: CommitmentEvent = {
        type: 'CommitmentRevised',
        schemaVersion: 1,
        data: {
          ...about,
          decision: reference('approve_commitment_revision'),
          decidedOn: '2011-03-01',
          changed: ['dueDate'],
          terms: soleTerms({ dueDate: '2012-03-31' }),
        },
      };
      spec
        .given([proposed(), accepted, revised])
        .when(lapse('2011-04-01'))
        .thenViolates(CommitmentRule.CommitmentLapsesOnlyAfterItsDueDate);
    });
  });

  it('replays any command sequence to the state built step by step, and refuses without changing', () => {
    // Decisions a meeting took, looked up by reference as a handler would: some stand and fit,
    // some were lost or are about something else.
    const decisions = new Map<string, DecisionFacts>(
      (
        [
          ['accept_commitment', {}],
          ['reject_commitment', {}],
          ['approve_commitment_revision', {}],
          ['hold_partner_to_account', {}],
          ['other', { carried: false }],
          ['escalate', { subjects: [{ kind: 'commitment', id: 'c-other' }] }],
        ] as [DecisionKind, Partial<DecisionFacts>][]
      ).map(([kind, changes]) => [`d-${kind}`, decisionFacts(kind, changes)]),
    );
    const lookUp = (attempt: CommitmentCommand): CommitmentContext => {
      if (attempt.type === 'ProposeCommitment') return proposalContext;
      if ('decision' in attempt.data) {
        return { decision: decisions.get(attempt.data.decision.decisionId) ?? null };
      }
      return undefined;
    };
    const withLookUps: typeof commitmentDecider = {
      ...commitmentDecider,
      decide: (attempt, state) => commitmentDecider.decide(attempt, state, lookUp(attempt)),
    };

    const day = fc.constantFrom('2008-06-01', '2010-04-20', '2011-03-31', '2011-04-01');
    const partner = fc.constantFrom('council', 'nhs', 'police');
    const text = fc.constantFrom('', ' ', 'budget cut', 'partner withdrew');
    const anyDecision = fc.constantFrom(
      ...[...decisions.values()].map((facts) => facts.reference),
      { meetingId: 'board-2008-09-15', decisionId: 'd-missing' },
    );
    // Mostly the decision the command needs, so that sequences get past the board.
    const decision = (kind: DecisionKind) =>
      fc.oneof({ arbitrary: fc.constant(reference(kind)), weight: 3 }, anyDecision);
    const terms = fc.constantFrom(
      soleTerms(),
      jointTerms(),
      jointTerms({ dueDate: '2012-03-31' }),
      soleTerms({ parties: [party('gone', 25_000_000, 2.5, 100)], leadPartnerId: 'gone' }),
      jointTerms({ parties: [party('council', 1, 2, 60), party('nhs', 1, 1.5, 40)] }),
    );
    const at = <T>(arbitrary: fc.Arbitrary<T>) => fc.tuple(arbitrary, day);
    // Commands that close the commitment are rarer, so that sequences get to do more first.
    const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 4 });
    const seldom = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 1 });
    const anyCommand: fc.Arbitrary<CommitmentCommand> = fc.oneof(
      seldom(at(terms).map(([t, d]) => command('ProposeCommitment', proposal(t), on(d)))),
      often(
        at(decision('accept_commitment')).map(([ref, d]) =>
          command('AcceptCommitment', { ...about, decision: ref }, on(d)),
        ),
      ),
      seldom(
        at(fc.tuple(decision('reject_commitment'), text)).map(([[ref, reason], d]) =>
          command('RejectCommitment', { ...about, decision: ref, reason }, on(d)),
        ),
      ),
      often(
        at(
          fc.record({
            status: fc.constantFrom('on_track', 'at_risk', 'off_track', 'unknown'),
            evidenceUrl: fc.constantFrom(null, 'https://example.org/r', 'http://example.org/r'),
          }),
        ).map(([r, d]) =>
          command(
            'ReportCommitmentProgress',
            { ...about, ...r, note: 'note', period: { start: '2009-04-01', end: '2010-03-31' } },
            on(d),
          ),
        ),
      ),
      seldom(
        at(fc.constantFrom('https://example.org/done', '')).map(([evidenceUrl, d]) =>
          command(
            'RecordCommitmentDelivery',
            { ...about, deliveredOn: '2010-04-20', note: 'done', evidenceUrl },
            on(d),
          ),
        ),
      ),
      often(
        at(fc.tuple(decision('approve_commitment_revision'), terms)).map(([[ref, t], d]) =>
          command(
            'ReviseCommitment',
            { ...about, decision: ref, changes: { dueDate: t.dueDate, parties: t.parties } },
            on(d),
          ),
        ),
      ),
      seldom(
        at(fc.tuple(partner, text)).map(([[partnerId, reason], d]) =>
          command('WithdrawCommitment', { ...about, partnerId, reason }, on(d)),
        ),
      ),
      seldom(day.map((d) => command('MarkCommitmentLapsed', about, on(d)))),
      often(
        at(fc.tuple(partner, text)).map(([[partnerId, reason], d]) =>
          command('FlagCommitmentForBoard', { ...about, partnerId, reason }, on(d)),
        ),
      ),
      often(
        at(fc.tuple(partner, decision('hold_partner_to_account'))).map(([[partnerId, ref], d]) =>
          command('ClearCommitmentFlag', { ...about, partnerId, decision: ref }, on(d)),
        ),
      ),
    );
    const proposals = fc
      .constantFrom(soleTerms(), jointTerms())
      .map((t) => command('ProposeCommitment', proposal(t), on('2008-06-01')));
    const totals = checkDeciderProperties(
      withLookUps,
      fc
        .tuple(proposals, fc.array(anyCommand, { minLength: 3, maxLength: 25 }))
        .map(([first, rest]) => [first, ...rest]),
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
