import type { DataSource } from 'typeorm';
import { ERASED } from '@concordat/shared-kernel';
import type {
  BoardChairAppointed,
  BoardMemberAppointed,
  BoardMemberStoodDown,
  PartnerAdmitted,
  PartnershipEstablished,
  PartnerWithdrawn,
  PersonalDataErased,
  QuorumRuleSet,
  RepresentativeAppointed,
  RepresentativeAppointedV1,
  RepresentativeRemoved,
} from '@concordat/domain';
import type { ProjectionRunner } from '../infrastructure/projection-runner';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { FRAMEWORK_ENTITIES } from './frameworks.entities';
import { frameworksProjection } from './frameworks.projection';
import { listFrameworkVersions, nationalOutcomesOfFrameworks } from './frameworks.queries';
import { PARTNERSHIP_ENTITIES, PartnerEntity } from './partnerships.entities';
import { partnershipsProjection } from './partnerships.projection';
import {
  boardOfPartnerships,
  listPartnerships,
  partnersByIds,
  partnershipById,
  partnersOfPartnerships,
  representativesOfPartners,
  type PartnershipView,
} from './partnerships.queries';
import { orkneyFrameworksPartnershipAndMeetings } from './testing/orkney-story';
import {
  appendInOrder,
  expectIdempotentAndRebuildable,
  fact,
  openDataSource,
  runUntil,
  type StreamEvent,
} from './testing/read-model-harness';

const at = (day: string, time = '09:00') => `${day}T${time}:00.000Z`;

function partnershipStory(): StreamEvent[] {
  const north = 'partnership-north';
  const south = 'partnership-south';
  const east = 'partnership-east';
  const p = 'north';
  return [
    fact<PartnershipEstablished>(
      north,
      'PartnershipEstablished',
      {
        partnershipId: p,
        name: 'North Isles CPP',
        councilArea: 'North Isles',
        quorum: { minimumMembersPresent: 3, chairMustAttend: false },
      },
      at('2008-01-07'),
    ),
    fact<PartnerAdmitted>(
      north,
      'PartnerAdmitted',
      {
        partnershipId: p,
        partnerId: 'council',
        organisation: 'North Isles Council',
        sector: 'council',
      },
      at('2008-01-07', '10:00'),
    ),
    fact<PartnerAdmitted>(
      north,
      'PartnerAdmitted',
      { partnershipId: p, partnerId: 'nhs', organisation: 'NHS North', sector: 'health_board' },
      at('2008-01-07', '10:01'),
    ),
    fact<PartnerAdmitted>(
      north,
      'PartnerAdmitted',
      {
        partnershipId: p,
        partnerId: 'vol',
        organisation: 'Voluntary North',
        sector: 'third_sector',
      },
      at('2008-01-07', '10:02'),
    ),
    fact<RepresentativeAppointedV1>(
      north,
      'RepresentativeAppointed',
      {
        partnershipId: p,
        partnerId: 'council',
        personId: 'anna',
        name: 'Anna Flett',
        role: 'Leader',
      },
      at('2008-01-08'),
    ),
    fact<RepresentativeAppointedV1>(
      north,
      'RepresentativeAppointed',
      { partnershipId: p, partnerId: 'nhs', personId: 'bob', name: 'Bob Muir', role: 'Chair' },
      at('2008-01-08', '09:01'),
    ),
    fact<RepresentativeAppointedV1>(
      north,
      'RepresentativeAppointed',
      { partnershipId: p, partnerId: 'vol', personId: 'cara', name: 'Cara Stout', role: 'Officer' },
      at('2008-01-08', '09:02'),
    ),
    // Appointed again while in office: the same term, with the role restated.
    fact<RepresentativeAppointedV1>(
      north,
      'RepresentativeAppointed',
      {
        partnershipId: p,
        partnerId: 'nhs',
        personId: 'bob',
        name: 'Bob Muir',
        role: 'Chief Executive',
      },
      at('2008-02-01'),
    ),
    fact<BoardChairAppointed>(
      north,
      'BoardChairAppointed',
      { partnershipId: p, personId: 'anna', name: 'Anna Flett', partnerId: 'council' },
      at('2008-02-02'),
    ),
    fact<BoardMemberAppointed>(
      north,
      'BoardMemberAppointed',
      { partnershipId: p, personId: 'bob', name: 'Bob Muir', partnerId: 'nhs' },
      at('2008-02-02', '09:01'),
    ),
    fact<BoardMemberAppointed>(
      north,
      'BoardMemberAppointed',
      { partnershipId: p, personId: 'cara', name: 'Cara Stout', partnerId: 'vol' },
      at('2008-02-02', '09:02'),
    ),
    fact<BoardMemberAppointed>(
      north,
      'BoardMemberAppointed',
      { partnershipId: p, personId: 'ewan', name: 'Ewan Reid', partnerId: null },
      at('2008-02-02', '09:03'),
    ),
    // The chair moves to a sitting member; the old chair stays on as a member.
    fact<BoardChairAppointed>(
      north,
      'BoardChairAppointed',
      { partnershipId: p, personId: 'bob', name: 'Bob Muir', partnerId: 'nhs' },
      at('2009-05-01'),
    ),
    fact<QuorumRuleSet>(
      north,
      'QuorumRuleSet',
      { partnershipId: p, quorum: { minimumMembersPresent: 4, chairMustAttend: true } },
      at('2009-05-02'),
    ),
    fact<PartnerWithdrawn>(
      north,
      'PartnerWithdrawn',
      { partnershipId: p, partnerId: 'vol', reason: 'Merged into a regional interface.' },
      at('2010-03-31'),
    ),
    fact<RepresentativeRemoved>(
      north,
      'RepresentativeRemoved',
      { partnershipId: p, partnerId: 'vol', personId: 'cara', reason: 'Partner withdrew.' },
      at('2010-03-31', '09:01'),
    ),
    fact<BoardMemberStoodDown>(
      north,
      'BoardMemberStoodDown',
      { partnershipId: p, personId: 'cara', reason: 'Partner withdrew.' },
      at('2010-03-31', '09:02'),
    ),
    fact<RepresentativeAppointedV1>(
      north,
      'RepresentativeAppointed',
      { partnershipId: p, partnerId: 'nhs', personId: 'dan', name: 'Dan Groat', role: 'Director' },
      at('2010-04-01'),
    ),
    fact<RepresentativeRemoved>(
      north,
      'RepresentativeRemoved',
      { partnershipId: p, partnerId: 'nhs', personId: 'dan', reason: 'Secondment.' },
      at('2010-06-01'),
    ),
    // Back from secondment: a second term.
    fact<RepresentativeAppointedV1>(
      north,
      'RepresentativeAppointed',
      { partnershipId: p, partnerId: 'nhs', personId: 'dan', name: 'Dan Groat', role: 'Director' },
      at('2011-01-10'),
    ),
    // Another partnership uses the same partner id for a different organisation.
    fact<PartnershipEstablished>(
      south,
      'PartnershipEstablished',
      {
        partnershipId: 'south',
        name: 'South Coast CPP',
        councilArea: 'South Coast',
        quorum: { minimumMembersPresent: 2, chairMustAttend: true },
      },
      at('2008-03-01'),
    ),
    fact<PartnerAdmitted>(
      south,
      'PartnerAdmitted',
      {
        partnershipId: 'south',
        partnerId: 'nhs',
        organisation: 'NHS South',
        sector: 'health_board',
      },
      at('2008-03-01', '10:00'),
    ),
    fact<RepresentativeAppointedV1>(
      south,
      'RepresentativeAppointed',
      {
        partnershipId: 'south',
        partnerId: 'nhs',
        personId: 'fay',
        name: 'Fay Ross',
        role: 'Chair',
      },
      at('2008-03-01', '10:01'),
    ),
    fact<BoardMemberAppointed>(
      south,
      'BoardMemberAppointed',
      { partnershipId: 'south', personId: 'fay', name: 'Fay Ross', partnerId: 'nhs' },
      at('2008-03-01', '10:02'),
    ),
    fact<PartnershipEstablished>(
      east,
      'PartnershipEstablished',
      {
        partnershipId: 'east',
        name: 'East Glens CPP',
        councilArea: 'East Glens',
        quorum: { minimumMembersPresent: 5, chairMustAttend: false },
      },
      at('2008-04-01'),
    ),
  ];
}

describe.each(readModelBackends)('the partnerships read model on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await dataSource?.destroy();
    dataSource = undefined;
    await stores.close();
  });

  async function project(events: readonly StreamEvent[]): Promise<DataSource> {
    const last = await appendInOrder(stores.store, events);
    runner = await runUntil(stores, [partnershipsProjection, frameworksProjection], last);
    dataSource = await openDataSource(stores, [...PARTNERSHIP_ENTITIES, ...FRAMEWORK_ENTITIES]);
    return dataSource;
  }

  it('answers for partnerships, partners, representatives and the board', async () => {
    const ds = await project(partnershipStory());

    expect(await partnershipById(ds, 'north')).toEqual({
      partnershipId: 'north',
      name: 'North Isles CPP',
      councilArea: 'North Isles',
      quorum: { minimumMembersPresent: 4, chairMustAttend: true },
      establishedAt: '2008-01-07T09:00:00.000Z',
    });
    expect(await partnershipById(ds, 'nowhere')).toBeNull();

    const partners = await partnersOfPartnerships(ds, ['north', 'south']);
    expect(partners.map((p) => [p.partnershipId, p.partnerId, p.organisation, p.status])).toEqual([
      ['north', 'council', 'North Isles Council', 'current'],
      ['north', 'nhs', 'NHS North', 'current'],
      ['north', 'vol', 'Voluntary North', 'withdrawn'],
      ['south', 'nhs', 'NHS South', 'current'],
    ]);
    expect(partners[2]).toMatchObject({
      sector: 'third_sector',
      admittedAt: '2008-01-07T10:02:00.000Z',
      withdrawnAt: '2010-03-31T09:00:00.000Z',
      withdrawalReason: 'Merged into a regional interface.',
    });
    const current = await partnersOfPartnerships(ds, ['north'], { status: 'current' });
    expect(current.map((p) => p.partnerId)).toEqual(['council', 'nhs']);

    const named = await partnersByIds(ds, [
      { partnershipId: 'south', partnerId: 'nhs' },
      { partnershipId: 'north', partnerId: 'council' },
      { partnershipId: 'north', partnerId: 'missing' },
    ]);
    expect(named.map((p) => p.organisation)).toEqual(['North Isles Council', 'NHS South']);

    const nhsNorth = { partnershipId: 'north', partnerId: 'nhs' };
    const inOffice = await representativesOfPartners(ds, [
      nhsNorth,
      { ...nhsNorth, partnerId: 'vol' },
    ]);
    expect(inOffice.map((r) => [r.partnerId, r.personId, r.role])).toEqual([
      ['nhs', 'bob', 'Chief Executive'],
      ['nhs', 'dan', 'Director'],
    ]);
    expect(inOffice[0]?.appointedAt).toBe('2008-01-08T09:01:00.000Z');
    const everyTerm = await representativesOfPartners(
      ds,
      [nhsNorth, { ...nhsNorth, partnerId: 'vol' }],
      {
        includePast: true,
      },
    );
    expect(everyTerm.map((r) => [r.partnerId, r.personId, r.removedAt])).toEqual([
      ['nhs', 'bob', null],
      ['nhs', 'dan', '2010-06-01T09:00:00.000Z'],
      ['nhs', 'dan', null],
      ['vol', 'cara', '2010-03-31T09:01:00.000Z'],
    ]);
    expect(everyTerm[3]?.removalReason).toBe('Partner withdrew.');

    const board = await boardOfPartnerships(ds, ['north', 'south']);
    expect(board.map((s) => [s.partnershipId, s.personId, s.isChair, s.partnerId])).toEqual([
      ['north', 'bob', true, 'nhs'],
      ['north', 'anna', false, 'council'],
      ['north', 'ewan', false, null],
      ['south', 'fay', false, 'nhs'],
    ]);
    const wholeBoard = await boardOfPartnerships(ds, ['north'], { includePast: true });
    expect(wholeBoard.map((s) => [s.personId, s.stoodDownAt, s.standDownReason])).toEqual([
      ['bob', null, null],
      ['anna', null, null],
      ['ewan', null, null],
      ['cara', '2010-03-31T09:02:00.000Z', 'Partner withdrew.'],
    ]);
    expect(await ds.getRepository(PartnerEntity).count()).toBe(4);
  });

  it("keeps a representative's contact details, and erases who a person was from every term", async () => {
    const p = 'north';
    const danAgain = fact<RepresentativeAppointed>(
      'partnership-north',
      'RepresentativeAppointed',
      {
        partnershipId: p,
        partnerId: 'nhs',
        personId: 'dan',
        name: 'Dan Groat',
        role: 'Medical Director',
        contact: { email: 'dan.groat@nhs-north.example', telephone: null },
      },
      at('2011-02-01'),
      2,
    );
    const ds = await project([...partnershipStory(), danAgain]);
    const nhsNorth = { partnershipId: p, partnerId: 'nhs' };
    const dan = async () =>
      (await representativesOfPartners(ds, [nhsNorth], { includePast: true })).filter(
        (r) => r.personId === 'dan',
      );
    expect((await dan()).map((r) => [r.name, r.role, r.email, r.telephone])).toEqual([
      ['Dan Groat', 'Director', null, null],
      ['Dan Groat', 'Medical Director', 'dan.groat@nhs-north.example', null],
    ]);

    await runner?.stop();
    const erased = fact<PersonalDataErased>(
      'partnership-north',
      'PersonalDataErased',
      { partnershipId: p, personId: 'dan', reason: 'Asked to be forgotten' },
      at('2012-05-01'),
    );
    const last = await appendInOrder(stores.store, [erased]);
    runner = await runUntil(stores, [partnershipsProjection, frameworksProjection], last);

    expect(
      (await dan()).map((r) => [r.name, r.role, r.email, r.telephone, r.personalDataErasedAt]),
    ).toEqual([
      [ERASED, 'Director', ERASED, ERASED, '2012-05-01T09:00:00.000Z'],
      [ERASED, 'Medical Director', ERASED, ERASED, '2012-05-01T09:00:00.000Z'],
    ]);
    const others = await representativesOfPartners(ds, [nhsNorth], { includePast: true });
    expect(others.filter((r) => r.personId !== 'dan').map((r) => r.name)).toEqual(['Bob Muir']);
  });

  it('pages through partnerships by name', async () => {
    const ds = await project(partnershipStory());
    const seen: PartnershipView[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await listPartnerships(ds, { first: 2, after });
      pages += 1;
      seen.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(pages).toBe(2);
    expect(seen.map((p) => p.name)).toEqual([
      'East Glens CPP',
      'North Isles CPP',
      'South Coast CPP',
    ]);
    expect(await listPartnerships(ds, { first: 3 })).toMatchObject({ hasNextPage: false });
    expect((await listPartnerships(ds, { first: 1000 })).items).toHaveLength(3);
    expect(await listPartnerships(ds, { first: 0 })).toEqual({
      items: [],
      hasNextPage: true,
      endCursor: null,
    });
  });

  it('changes nothing when events are applied twice, and rebuilds to the same tables', async () => {
    await project(partnershipStory());
    await runner?.stop();
    runner = undefined;

    await expectIdempotentAndRebuildable(stores, partnershipsProjection);
  });

  it('reads the Orkney story: its partners, its board after the 2010 change, and both frameworks', async () => {
    const ds = await project(orkneyFrameworksPartnershipAndMeetings());

    expect(await partnershipById(ds, 'orkney-cpp')).toMatchObject({
      name: 'Orkney Community Planning Partnership',
      quorum: { minimumMembersPresent: 4, chairMustAttend: true },
    });
    const partners = await partnersOfPartnerships(ds, ['orkney-cpp']);
    expect(partners).toHaveLength(10);
    expect(partners.every((p) => p.status === 'current')).toBe(true);

    const board = await boardOfPartnerships(ds, ['orkney-cpp']);
    expect(board).toHaveLength(8);
    expect(board[0]).toMatchObject({ personId: 'inga-flett', isChair: true });
    expect(board.map((s) => s.personId)).toContain('catriona-drever');
    expect(board.map((s) => s.personId)).not.toContain('alan-harcus');

    const police = { partnershipId: 'orkney-cpp', partnerId: 'northern-constabulary' };
    expect((await representativesOfPartners(ds, [police])).map((r) => r.personId)).toEqual([
      'catriona-drever',
    ]);
    const policeTerms = await representativesOfPartners(ds, [police], { includePast: true });
    expect(policeTerms.map((r) => [r.personId, r.removedAt !== null])).toEqual([
      ['alan-harcus', true],
      ['catriona-drever', false],
    ]);

    const versions = await listFrameworkVersions(ds, { first: 10 });
    expect(versions.items.map((v) => [v.frameworkVersionId, v.status, v.supersededBy])).toEqual([
      ['npf-2007', 'superseded', 'npf-2011'],
      ['npf-2011', 'published', null],
    ]);
    const outcomes = await nationalOutcomesOfFrameworks(ds, ['npf-2007']);
    expect(outcomes).toHaveLength(15);
    expect(outcomes.map((o) => o.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

    await runner?.stop();
    runner = undefined;
    await expectIdempotentAndRebuildable(stores, partnershipsProjection);
    await expectIdempotentAndRebuildable(stores, frameworksProjection);
  });
});
