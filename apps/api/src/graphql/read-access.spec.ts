import {
  AccessDenied,
  ANONYMOUS,
  type AccessDenial,
  type Principal,
  type ReadScope,
} from '@concordat/access-control';
import {
  ensureAgreementVisible,
  ensureCanRead,
  ensureVisible,
  keepVisible,
  pageOfPartnership,
  seesOwned,
  visibleAgreements,
  visiblePartnershipIds,
  type Readers,
} from './read-access';

const ORKNEY = 'orkney-cpp';
const SHETLAND = 'shetland-cpp';

const everything: ReadScope = { kind: 'every-partnership' };
const orkney: ReadScope = { kind: 'partnerships', partnershipIds: [ORKNEY] };
const publicScope: ReadScope = { kind: 'public' };
const nothing: ReadScope = { kind: 'nothing' };

const citizen: Principal = { kind: 'user', actor: 'user:citizen', grants: [{ role: 'public' }] };
const auditor: Principal = { kind: 'user', actor: 'user:auditor', grants: [{ role: 'auditor' }] };
const officer: Principal = {
  kind: 'user',
  actor: 'user:officer',
  grants: [{ role: 'partnership-officer', partnershipId: ORKNEY }],
};

function refusal(principal: Principal, scope: ReadScope, readers: Readers) {
  try {
    ensureCanRead({ principal, scope }, readers);
    return 'allowed';
  } catch (error) {
    if (error instanceof AccessDenied) return error.denial;
    throw error;
  }
}

describe('who a query is for', () => {
  it.each<[string, Principal, ReadScope, AccessDenial | 'allowed', AccessDenial | 'allowed']>([
    ['a member', officer, orkney, 'allowed', 'allowed'],
    ['an auditor', auditor, everything, 'allowed', 'allowed'],
    ['an anonymous caller, public reads on', ANONYMOUS, publicScope, 'allowed', 'unauthenticated'],
    ['a token with the public role only', citizen, publicScope, 'allowed', 'forbidden'],
    [
      'an anonymous caller, public reads off',
      ANONYMOUS,
      nothing,
      'unauthenticated',
      'unauthenticated',
    ],
  ])('answers %s', (_who, principal, scope, ofPublic, ofMembers) => {
    expect(refusal(principal, scope, 'public')).toBe(ofPublic);
    expect(refusal(principal, scope, 'members')).toBe(ofMembers);
  });
});

describe('what a list may show', () => {
  it('filters by partnership except for those who see every one', () => {
    expect(visiblePartnershipIds(everything)).toBeUndefined();
    expect(visiblePartnershipIds(orkney)).toEqual([ORKNEY]);
    expect(visiblePartnershipIds(publicScope)).toEqual([]);
    expect(visiblePartnershipIds(nothing)).toEqual([]);
  });

  it('shows the public agreed agreements of every partnership', () => {
    expect(visibleAgreements(publicScope)).toEqual({
      statuses: ['agreed', 'superseded', 'closed'],
    });
    expect(visibleAgreements(orkney)).toEqual({ partnershipIds: [ORKNEY] });
    expect(visibleAgreements(everything)).toEqual({ partnershipIds: undefined });
  });

  it('shows members what belongs to no partnership, and the public none of it', () => {
    const national = { partnershipId: null };
    expect(seesOwned(orkney, national)).toBe(true);
    expect(seesOwned(everything, national)).toBe(true);
    expect(seesOwned(publicScope, national)).toBe(false);
    expect(
      keepVisible(orkney, [{ partnershipId: ORKNEY }, { partnershipId: SHETLAND }, national]),
    ).toEqual([{ partnershipId: ORKNEY }, national]);
  });

  it("reads nothing for a partnership's list outside the scope", async () => {
    let reads = 0;
    const list = () => {
      reads += 1;
      return Promise.resolve({ items: [1], hasNextPage: false, endCursor: 'c' });
    };
    expect(await pageOfPartnership(orkney, SHETLAND, list)).toEqual({
      items: [],
      hasNextPage: false,
      endCursor: null,
    });
    expect(reads).toBe(0);
    expect((await pageOfPartnership(orkney, ORKNEY, list)).items).toEqual([1]);
  });
});

describe('a row looked up by id', () => {
  const notFound = new AccessDenied('not-found', 'meeting m-1 was not found', { id: 'm-1' });

  it('answers one outside the scope exactly as one that does not exist', () => {
    expect(() => ensureVisible(orkney, { partnershipId: SHETLAND }, 'meeting', 'm-1')).toThrow(
      notFound,
    );
    expect(() => ensureVisible(orkney, null, 'meeting', 'm-1')).toThrow(notFound);
    const row = { partnershipId: ORKNEY };
    expect(ensureVisible(orkney, row, 'meeting', 'm-1')).toBe(row);
  });

  it('shows the public an agreement once agreed, and not before', () => {
    const agreement = (status: string) => ({ partnershipId: SHETLAND, status });
    for (const status of ['agreed', 'superseded', 'closed']) {
      expect(ensureAgreementVisible(publicScope, agreement(status), 'agreement', 'a')).toEqual(
        agreement(status),
      );
    }
    for (const status of ['draft', 'submitted']) {
      expect(() =>
        ensureAgreementVisible(publicScope, agreement(status), 'agreement', 'a'),
      ).toThrow(new AccessDenied('not-found', 'agreement a was not found'));
    }
    expect(() => ensureAgreementVisible(orkney, agreement('agreed'), 'agreement', 'a')).toThrow(
      AccessDenied,
    );
  });
});
