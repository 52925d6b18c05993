import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import type { ProposeCommitment } from './commitment.commands';
import type { CommitmentProposalContext } from './commitment.context';
import { commitmentDecider } from './commitment.decider';
import { CommitmentRule } from './commitment.rules';
import type { CommitmentTerms } from './commitment.terms';
import {
  agreementId,
  command,
  decideAfter,
  jointTerms,
  party,
  proposal,
  proposalContext,
  proposed,
  refusalOf,
  soleTerms,
} from './testing/commitment-fixtures';

const spec = specify(commitmentDecider);
const propose = (
  terms: CommitmentTerms = soleTerms(),
  data: Partial<ProposeCommitment['data']> = {},
) => command('ProposeCommitment', { ...proposal(terms), ...data });
const withContext = (changes: Partial<CommitmentProposalContext>): CommitmentProposalContext => ({
  ...proposalContext,
  ...changes,
});
const withAgreement = (changes: Partial<NonNullable<CommitmentProposalContext['agreement']>>) =>
  withContext({ agreement: { ...proposalContext.agreement!, ...changes } });

/** Asserts both the rule and the field it names. */
function expectRefused(
  terms: CommitmentTerms,
  rule: string,
  field: string,
  context: CommitmentProposalContext = proposalContext,
) {
  expect(refusalOf(() => decideAfter([], propose(terms), context))).toMatchObject({ rule, field });
}

describe('proposing a commitment', () => {
  it('records who committed what, to which local outcome, trimmed', () => {
    const untidy = soleTerms({
      action: '  Open three employability hubs in the east end ',
      accountableOfficer: { name: ' Ann Smith', role: 'Head of Employability ' },
    });
    spec
      .given([], proposalContext)
      .when(propose(untidy))
      .then([proposed(soleTerms())]);
  });

  it('may be joint, led by one party, with each party’s share', () => {
    spec
      .given([], proposalContext)
      .when(propose(jointTerms()))
      .then([proposed(jointTerms())]);
  });

  it('may be a government commitment when the government is a partner', () => {
    const government = soleTerms({
      parties: [party('government', 25_000_000, 2.5, 100)],
      leadPartnerId: 'government',
    });
    spec
      .given([], proposalContext)
      .when(propose(government))
      .then([proposed(government)]);
  });

  it('may commit staff only, with no money and so no funding stream', () => {
    const staffOnly = soleTerms({
      parties: [party('council', 0, 2.5, 100)],
      resources: {
        money: { minorUnits: 0, currency: 'GBP' },
        fundingStream: null,
        staffFte: 2.5,
        inKind: null,
      },
    });
    spec
      .given([], proposalContext)
      .when(propose(staffOnly))
      .then([proposed(staffOnly)]);
  });

  it('cannot be proposed twice', () => {
    spec
      .given([proposed()], proposalContext)
      .when(propose())
      .thenViolates(CommitmentRule.CannotBeProposedTwice);
  });

  describe('needs facts from the partnership and its agreement', () => {
    it('needs an established partnership', () => {
      spec
        .given([], withContext({ partnership: null }))
        .when(propose())
        .thenViolates(CommitmentRule.PartnershipMustBeEstablished);
      spec
        .given([], undefined)
        .when(propose())
        .thenViolates(CommitmentRule.PartnershipMustBeEstablished);
    });

    it('needs an agreement that exists', () => {
      spec
        .given([], withContext({ agreement: null }))
        .when(propose())
        .thenViolates(CommitmentRule.AgreementMustExist);
      spec
        .given([], withAgreement({ agreementId: 'another-agreement' }))
        .when(propose())
        .thenViolates(CommitmentRule.AgreementMustExist);
    });

    it('needs the agreement to belong to the same partnership', () => {
      spec
        .given([], withAgreement({ partnershipId: 'p-edinburgh' }))
        .when(propose())
        .thenViolates(CommitmentRule.AgreementMustBelongToTheSamePartnership);
    });

    it.each(['closed', 'superseded'] as const)('refuses an agreement that is %s', (status) => {
      spec
        .given([], withAgreement({ status }))
        .when(propose())
        .thenViolates(CommitmentRule.AgreementMustBeOpenForCommitments);
    });

    it('needs a local outcome in force in that agreement', () => {
      expect(
        refusalOf(() =>
          decideAfter([], propose(soleTerms(), { localOutcomeId: 'lo-removed' }), proposalContext),
        ),
      ).toMatchObject({
        rule: CommitmentRule.LocalOutcomeMustBeInForceInTheAgreement,
        field: 'localOutcomeId',
      });
    });

    it('is made only by current partners, every one of them', () => {
      const withGone = jointTerms({
        parties: [party('council', 30_000_000, 2, 60), party('gone', 10_000_000, 1.5, 40)],
      });
      expectRefused(withGone, CommitmentRule.OnlyACurrentPartnerCanCommit, 'parties[1].partnerId');
    });

    it('is made only for the agreement named', () => {
      spec
        .given([], proposalContext)
        .when(propose(soleTerms(), { agreementId: `${agreementId}-draft` }))
        .thenViolates(CommitmentRule.AgreementMustExist);
    });
  });

  describe('states its terms plainly', () => {
    it.each([
      ['action', soleTerms({ action: '   ' })],
      ['accountableOfficer.name', soleTerms({ accountableOfficer: { name: '', role: 'Head' } })],
      ['accountableOfficer.role', soleTerms({ accountableOfficer: { name: 'Ann', role: ' ' } })],
      [
        'resources.fundingStream',
        soleTerms({ resources: { ...soleTerms().resources, fundingStream: ' ' } }),
      ],
      ['resources.inKind', soleTerms({ resources: { ...soleTerms().resources, inKind: '' } })],
    ])('refuses a blank %s', (field, terms) => {
      expectRefused(terms, CommitmentRule.TextMustNotBeBlank, field);
    });

    it('refuses a blank commitment id', () => {
      spec
        .given([], proposalContext)
        .when(propose(soleTerms(), { commitmentId: ' ' }))
        .thenViolates(CommitmentRule.TextMustNotBeBlank);
    });

    it.each(['2011-02-30', '31/03/2011', ''])('refuses the due date %j', (dueDate) => {
      expectRefused(soleTerms({ dueDate }), CommitmentRule.DateMustBeAValidCalendarDate, 'dueDate');
    });
  });

  describe('names its parties', () => {
    it('needs at least one party', () => {
      expectRefused(
        soleTerms({ parties: [] }),
        CommitmentRule.CommitmentNeedsAtLeastOneParty,
        'parties',
      );
    });

    it('names each party once', () => {
      const twice = jointTerms({
        parties: [party('council', 30_000_000, 2, 60), party('council', 10_000_000, 1.5, 40)],
      });
      expectRefused(twice, CommitmentRule.PartyCannotBeNamedTwice, 'parties[1].partnerId');
    });

    it('is led by one of its parties', () => {
      expectRefused(
        jointTerms({ leadPartnerId: 'police' }),
        CommitmentRule.LeadPartyMustBeOneOfTheParties,
        'leadPartnerId',
      );
    });

    it('gives every party a share of something', () => {
      const idle = jointTerms({
        parties: [party('council', 40_000_000, 3.5, 100), party('nhs', 0, 0, 0)],
      });
      expectRefused(idle, CommitmentRule.EveryPartyMustContributeAShare, 'parties[1]');
    });
  });

  describe('counts its resources exactly', () => {
    const money = (minorUnits: number, currency = 'GBP') =>
      soleTerms({
        parties: [party('council', minorUnits, 2.5, 100)],
        resources: { ...soleTerms().resources, money: { minorUnits, currency } },
      });

    it.each([-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])(
      'refuses %p minor units of money',
      (minorUnits) => {
        expectRefused(
          money(minorUnits),
          CommitmentRule.MoneyMustBeWholeNonNegativeMinorUnits,
          'resources.money.minorUnits',
        );
      },
    );

    it('refuses a negative share even when the total is valid', () => {
      const negative = jointTerms({
        parties: [party('council', 50_000_000, 2, 60), party('nhs', -10_000_000, 1.5, 40)],
      });
      expectRefused(
        negative,
        CommitmentRule.MoneyMustBeWholeNonNegativeMinorUnits,
        'parties[1].money.minorUnits',
      );
    });

    it.each(['gbp', 'POUNDS', '£', ''])('refuses the currency %j', (currency) => {
      expectRefused(
        money(100, currency),
        CommitmentRule.CurrencyMustBeAnIso4217Code,
        'resources.money.currency',
      );
    });

    it('names the funding stream any money comes from', () => {
      expectRefused(
        soleTerms({ resources: { ...soleTerms().resources, fundingStream: null } }),
        CommitmentRule.MoneyMustComeFromANamedFundingStream,
        'resources.fundingStream',
      );
    });

    it.each([-0.5, 1.234, Number.POSITIVE_INFINITY])('refuses %p staff FTE', (staffFte) => {
      expectRefused(
        soleTerms({
          parties: [party('council', 25_000_000, staffFte, 100)],
          resources: { ...soleTerms().resources, staffFte },
        }),
        CommitmentRule.StaffFteMustBeNonNegativeToTwoDecimals,
        'resources.staffFte',
      );
    });

    it('takes two decimals of FTE as written, despite floating point', () => {
      const fine = soleTerms({
        parties: [party('council', 25_000_000, 0.29, 100)],
        resources: { ...soleTerms().resources, staffFte: 0.29 },
      });
      spec
        .given([], proposalContext)
        .when(propose(fine))
        .then([proposed(fine)]);
    });
  });

  describe('shares a joint commitment out in full', () => {
    it('keeps every share in the commitment’s currency', () => {
      const euros = jointTerms({
        parties: [
          party('council', 30_000_000, 2, 60),
          {
            ...party('nhs', 10_000_000, 1.5, 40),
            money: { minorUnits: 10_000_000, currency: 'EUR' },
          },
        ],
      });
      expectRefused(
        euros,
        CommitmentRule.SharesMustBeInTheCommitmentCurrency,
        'parties[1].money.currency',
      );
    });

    it('adds the money shares up to the total', () => {
      const short = jointTerms({
        parties: [party('council', 30_000_000, 2, 60), party('nhs', 9_999_999, 1.5, 40)],
      });
      expectRefused(short, CommitmentRule.MoneySharesMustAddUpToTheTotal, 'parties');
    });

    it('adds the staff shares up to the total', () => {
      const over = jointTerms({
        parties: [party('council', 30_000_000, 2, 60), party('nhs', 10_000_000, 2, 40)],
      });
      expectRefused(over, CommitmentRule.StaffSharesMustAddUpToTheTotal, 'parties');
    });

    it('adds staff shares exactly, so 0.1 and 0.2 make 0.3', () => {
      const exact = jointTerms({
        parties: [party('council', 30_000_000, 0.1, 60), party('nhs', 10_000_000, 0.2, 40)],
        resources: { ...jointTerms().resources, staffFte: 0.3 },
      });
      spec
        .given([], proposalContext)
        .when(propose(exact))
        .then([proposed(exact)]);
    });

    it('adds the effort shares up to 100 percent', () => {
      const short = jointTerms({
        parties: [party('council', 30_000_000, 2, 50), party('nhs', 10_000_000, 1.5, 40)],
      });
      expectRefused(short, CommitmentRule.EffortSharesMustAddUpToAHundredPercent, 'parties');
    });

    it('accepts thirds written to two decimals', () => {
      const thirds = jointTerms({
        parties: [
          party('council', 20_000_000, 1, 33.33),
          party('nhs', 10_000_000, 1.5, 33.33),
          party('police', 10_000_000, 1, 33.34),
        ],
      });
      spec
        .given([], proposalContext)
        .when(propose(thirds))
        .then([proposed(thirds)]);
    });

    it.each([101, -1, 33.333])('refuses an effort share of %p percent', (effortPercent) => {
      const odd = jointTerms({
        parties: [
          party('council', 30_000_000, 2, effortPercent),
          party('nhs', 10_000_000, 1.5, 40),
        ],
      });
      expectRefused(
        odd,
        CommitmentRule.EffortShareMustBeAPercentageToTwoDecimals,
        'parties[0].effortPercent',
      );
    });
  });
});
