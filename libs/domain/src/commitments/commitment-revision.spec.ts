import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { commitmentDecider } from './commitment.decider';
import { CommitmentRule } from './commitment.rules';
import { about, revise } from './testing/commitment-commands';
import {
  accepted,
  decided,
  decideAfter,
  jointTerms,
  party,
  proposed,
  reference,
  refusalOf,
} from './testing/commitment-fixtures';

const spec = specify(commitmentDecider);

describe('a commitment', () => {
  describe('revision', () => {
    const approval = decided('approve_commitment_revision');

    it('changes the terms a board decision approves, and records them whole', () => {
      spec
        .given([proposed(jointTerms()), accepted], approval)
        .when(revise({ dueDate: '2012-03-31', action: ' Open four hubs ' }))
        .then([
          {
            type: 'CommitmentRevised',
            schemaVersion: 1,
            data: {
              ...about,
              decision: reference('approve_commitment_revision'),
              decidedOn: '2008-09-15',
              changed: ['action', 'dueDate'],
              terms: jointTerms({ dueDate: '2012-03-31', action: 'Open four hubs' }),
            },
          },
        ]);
    });

    it('may change resources together with the shares', () => {
      const more = jointTerms({
        parties: [party('council', 30_000_000, 2, 50), party('nhs', 20_000_000, 1.5, 50)],
        resources: {
          ...jointTerms().resources,
          money: { minorUnits: 50_000_000, currency: 'GBP' },
        },
      });
      const [event] = decideAfter(
        [proposed(jointTerms()), accepted],
        revise({ parties: more.parties, resources: more.resources }),
        approval,
      );
      expect(event?.data).toMatchObject({ changed: ['parties', 'resources'], terms: more });
    });

    it('may hand the lead to another party', () => {
      const [event] = decideAfter(
        [proposed(jointTerms())],
        revise({ leadPartnerId: 'nhs' }),
        approval,
      );
      expect(event?.data).toMatchObject({ changed: ['leadPartnerId'] });
    });

    it('needs a decision approving a revision of this commitment', () => {
      spec
        .given(
          [proposed(), accepted],
          decided('approve_commitment_revision', { kind: 'approve_amendment' }),
        )
        .when(revise({ dueDate: '2012-03-31' }))
        .thenViolates(CommitmentRule.RevisionNeedsADecisionApprovingIt);
      spec
        .given([proposed(), accepted], { decision: null })
        .when(revise({ dueDate: '2012-03-31' }))
        .thenViolates(CommitmentRule.RevisionNeedsADecisionApprovingIt);
    });

    it('must change something', () => {
      spec
        .given([proposed(), accepted], approval)
        .when(
          revise({
            dueDate: '2011-03-31',
            action: ' Open three employability hubs in the east end ',
          }),
        )
        .thenViolates(CommitmentRule.RevisionMustChangeSomething);
    });

    it('cannot change who the parties are', () => {
      spec
        .given([proposed(), accepted], approval)
        .when(revise({ parties: [party('police', 25_000_000, 2.5, 100)], leadPartnerId: 'police' }))
        .thenViolates(CommitmentRule.RevisionCannotChangeTheParties);
    });

    it('keeps the shares adding up', () => {
      spec
        .given([proposed(jointTerms()), accepted], approval)
        .when(
          revise({
            resources: {
              ...jointTerms().resources,
              money: { minorUnits: 50_000_000, currency: 'GBP' },
            },
          }),
        )
        .thenViolates(CommitmentRule.MoneySharesMustAddUpToTheTotal);
    });

    it('checks revised terms as a proposal’s, naming the changed field', () => {
      expect(
        refusalOf(() =>
          decideAfter(
            [proposed(), accepted],
            revise({ accountableOfficer: { name: ' ', role: 'Director' } }),
            approval,
          ),
        ),
      ).toMatchObject({
        rule: CommitmentRule.TextMustNotBeBlank,
        field: 'changes.accountableOfficer.name',
      });
      expect(
        refusalOf(() =>
          decideAfter([proposed(), accepted], revise({ dueDate: '2012-13-01' }), approval),
        ),
      ).toMatchObject({
        rule: CommitmentRule.DateMustBeAValidCalendarDate,
        field: 'changes.dueDate',
      });
    });
  });
});
