/**
 * The plans an agreement can be: the single outcome agreement, and from 2017 the local outcomes
 * improvement plan and locality plans for parts of an area, which carry the same structure.
 */
export const AGREEMENT_KINDS = [
  'single_outcome_agreement',
  'local_outcomes_improvement_plan',
  'locality_plan',
] as const;

export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export function isAgreementKind(value: string): value is AgreementKind {
  return (AGREEMENT_KINDS as readonly string[]).includes(value);
}

/** Who signs: the council for its area's partnership, and the government. */
export const SIGNING_PARTIES = ['council', 'government'] as const;

export type SigningParty = (typeof SIGNING_PARTIES)[number];

export function isSigningParty(value: string): value is SigningParty {
  return (SIGNING_PARTIES as readonly string[]).includes(value);
}

export interface Signatory {
  readonly name: string;
  readonly role: string;
}

/** Where a national outcome's section points into the community plan or a partner's plan. */
export interface CrossReference {
  readonly plan: string;
  readonly reference: string;
}

/** What an agreement says about one national outcome of its framework version. */
export interface SectionContent {
  readonly localPriority: string;
  readonly areaProfile: string;
  readonly keyLocalCauses: string;
  readonly pastTrends: string;
  readonly crossReferences: readonly CrossReference[];
}
