import { ensure } from '@concordat/shared-kernel';
import { ensureCalendarDate, ensureText } from '../../shared/field-rules';
import { CommitmentRule } from '../commitment.rules';
import type {
  CommitmentParty,
  CommitmentResources,
  CommitmentTerms,
  Money,
} from '../commitment.terms';

const HUNDRED_PERCENT_IN_HUNDREDTHS = 100_00;

/**
 * Checks terms as a proposal or a revision states them, and returns them trimmed and stripped
 * of anything that is not a term. `prefix` places field paths inside the command's data.
 */
export function validTerms(terms: CommitmentTerms, prefix = ''): CommitmentTerms {
  const { action, parties, leadPartnerId, resources, dueDate, accountableOfficer } = terms;
  ensureText(action, `${prefix}action`);
  ensureParties(parties, leadPartnerId, prefix);
  ensureResources(resources, `${prefix}resources`);
  ensureShares(parties, resources, `${prefix}parties`);
  ensureCalendarDate(dueDate, `${prefix}dueDate`, CommitmentRule.DateMustBeAValidCalendarDate);
  ensureText(accountableOfficer.name, `${prefix}accountableOfficer.name`);
  ensureText(accountableOfficer.role, `${prefix}accountableOfficer.role`);
  return {
    action: action.trim(),
    parties: parties.map(({ partnerId, money, staffFte, effortPercent }) => ({
      partnerId,
      money: { minorUnits: money.minorUnits, currency: money.currency },
      staffFte,
      effortPercent,
    })),
    leadPartnerId,
    resources: {
      money: { minorUnits: resources.money.minorUnits, currency: resources.money.currency },
      fundingStream: resources.fundingStream?.trim() ?? null,
      staffFte: resources.staffFte,
      inKind: resources.inKind?.trim() ?? null,
    },
    dueDate,
    accountableOfficer: {
      name: accountableOfficer.name.trim(),
      role: accountableOfficer.role.trim(),
    },
  };
}

function ensureParties(
  parties: readonly CommitmentParty[],
  leadPartnerId: string,
  prefix: string,
): void {
  ensure(
    parties.length > 0,
    CommitmentRule.CommitmentNeedsAtLeastOneParty,
    'a commitment needs at least one party',
    `${prefix}parties`,
  );
  const ids = parties.map((party) => party.partnerId);
  ids.forEach((id, index) =>
    ensure(
      ids.indexOf(id) === index,
      CommitmentRule.PartyCannotBeNamedTwice,
      `partner ${id} is named twice`,
      `${prefix}parties[${index}].partnerId`,
    ),
  );
  ensure(
    ids.includes(leadPartnerId),
    CommitmentRule.LeadPartyMustBeOneOfTheParties,
    `lead partner ${leadPartnerId} is not one of the parties`,
    `${prefix}leadPartnerId`,
  );
}

function ensureResources(resources: CommitmentResources, field: string): void {
  ensureMoney(resources.money, `${field}.money`);
  ensureStaffFte(resources.staffFte, `${field}.staffFte`);
  if (resources.fundingStream !== null)
    ensureText(resources.fundingStream, `${field}.fundingStream`);
  ensure(
    resources.money.minorUnits === 0 || resources.fundingStream !== null,
    CommitmentRule.MoneyMustComeFromANamedFundingStream,
    'money must name the funding stream it comes from',
    `${field}.fundingStream`,
  );
  if (resources.inKind !== null) ensureText(resources.inKind, `${field}.inKind`);
}

function ensureShares(
  parties: readonly CommitmentParty[],
  resources: CommitmentResources,
  field: string,
): void {
  parties.forEach((party, index) => {
    const at = `${field}[${index}]`;
    ensureMoney(party.money, `${at}.money`);
    ensure(
      party.money.currency === resources.money.currency,
      CommitmentRule.SharesMustBeInTheCommitmentCurrency,
      `${party.partnerId}'s share must be in ${resources.money.currency}`,
      `${at}.money.currency`,
    );
    ensureStaffFte(party.staffFte, `${at}.staffFte`);
    const effort = hundredths(party.effortPercent);
    ensure(
      effort !== null && effort >= 0 && effort <= HUNDRED_PERCENT_IN_HUNDREDTHS,
      CommitmentRule.EffortShareMustBeAPercentageToTwoDecimals,
      'an effort share must be a percentage from 0 to 100, to two decimals',
      `${at}.effortPercent`,
    );
    ensure(
      party.money.minorUnits > 0 || party.staffFte > 0 || effort > 0,
      CommitmentRule.EveryPartyMustContributeAShare,
      `${party.partnerId} contributes no money, staff or effort`,
      at,
    );
  });
  ensure(
    sum(parties.map((party) => party.money.minorUnits)) === resources.money.minorUnits,
    CommitmentRule.MoneySharesMustAddUpToTheTotal,
    'the parties’ money shares must add up to the commitment’s money',
    field,
  );
  ensure(
    sum(parties.map((party) => hundredths(party.staffFte) ?? 0)) === hundredths(resources.staffFte),
    CommitmentRule.StaffSharesMustAddUpToTheTotal,
    'the parties’ staff shares must add up to the commitment’s staff FTE',
    field,
  );
  ensure(
    sum(parties.map((party) => hundredths(party.effortPercent) ?? 0)) ===
      HUNDRED_PERCENT_IN_HUNDREDTHS,
    CommitmentRule.EffortSharesMustAddUpToAHundredPercent,
    'the parties’ effort shares must add up to 100 percent',
    field,
  );
}

function ensureMoney(money: Money, field: string): void {
  ensure(
    Number.isSafeInteger(money.minorUnits) && money.minorUnits >= 0,
    CommitmentRule.MoneyMustBeWholeNonNegativeMinorUnits,
    'money must be a whole, non-negative number of minor units (pence)',
    `${field}.minorUnits`,
  );
  ensure(
    /^[A-Z]{3}$/.test(money.currency),
    CommitmentRule.CurrencyMustBeAnIso4217Code,
    'currency must be an ISO 4217 code such as GBP',
    `${field}.currency`,
  );
}

function ensureStaffFte(fte: number, field: string): void {
  const inHundredths = hundredths(fte);
  ensure(
    inHundredths !== null && inHundredths >= 0,
    CommitmentRule.StaffFteMustBeNonNegativeToTwoDecimals,
    'staff FTE must be a non-negative number with at most two decimals',
    field,
  );
}

/**
 * A number with at most two decimals as a whole number of hundredths, so that shares sum
 * exactly (0.1 + 0.2 is not 0.3 in floating point); null when it has more decimals.
 */
function hundredths(value: number): number | null {
  const scaled = value * 100;
  const whole = Math.round(scaled);
  return Number.isFinite(scaled) && Math.abs(scaled - whole) < 1e-6 ? whole : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
