import { DemoSeeder } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import { PARTNER, PARTNERSHIP_ID, PERSON } from '@concordat/demo-data/orkney/ids';
import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { readSideQuiet } from '../testing/read-side-quiet';
import { graphql, untilProjectionsCaughtUp } from '../testing/graphql-client';

/** Six more partnerships, each with two partners, their representatives and a board. */
const AREAS = ['Angus', 'Clackmannanshire', 'Dundee City', 'East Lothian', 'Fife', 'Highland'];
const idOf = (area: string) => `${area.toLowerCase().replace(/ /g, '-')}-cpp`;

const MUTATIONS: Record<string, string> = {
  establishPartnership: 'EstablishPartnershipInput',
  admitPartner: 'AdmitPartnerInput',
  appointRepresentative: 'AppointRepresentativeInput',
  appointBoardChair: 'AppointBoardSeatInput',
  appointBoardMember: 'AppointBoardSeatInput',
  withdrawPartner: 'WithdrawPartnerInput',
};

async function send(url: string, mutation: string, input: Record<string, unknown>): Promise<void> {
  const result = await graphql(
    url,
    `mutation M($input: ${MUTATIONS[mutation]}!) { ${mutation}(input: $input) { id } }`,
    { input },
  );
  if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
}

async function recordPartnership(url: string, area: string): Promise<void> {
  const partnershipId = idOf(area);
  await send(url, 'establishPartnership', {
    partnershipId,
    name: `${area} Community Planning Partnership`,
    councilArea: area,
    quorum: { minimumMembersPresent: 2, chairMustAttend: true },
  });
  for (const [partnerId, organisation, sector] of [
    ['council', `${area} Council`, 'council'],
    ['nhs', `NHS ${area}`, 'health_board'],
  ]) {
    await send(url, 'admitPartner', { partnershipId, partnerId, organisation, sector });
    await send(url, 'appointRepresentative', {
      partnershipId,
      partnerId,
      personId: `${partnerId}-rep`,
      name: `Rep of ${organisation}`,
      role: 'Chief Executive',
    });
  }
  await send(url, 'appointBoardMember', {
    partnershipId,
    personId: 'nhs-rep',
    name: 'Rep of the NHS',
    partnerId: 'nhs',
  });
  await send(url, 'appointBoardChair', {
    partnershipId,
    personId: 'council-rep',
    name: 'Rep of the council',
    partnerId: 'council',
  });
}

interface Partner {
  id: string;
  organisation: string;
  status: string;
  withdrawnAt: string | null;
  representatives: { personId: string; name: string; removedAt: string | null }[];
}

interface BoardSeat {
  personId: string;
  name: string;
  isChair: boolean;
  partner: { organisation: string } | null;
}

const PARTNERSHIP = `query One($id: String!, $status: String, $past: Boolean) {
  partnership(id: $id) {
    id name councilArea establishedAt quorum { minimumMembersPresent chairMustAttend }
    partners(status: $status) {
      id organisation status withdrawnAt
      representatives(includePast: $past) { personId name removedAt }
    }
    board(includePast: $past) { personId name isChair partner { organisation } }
  }
}`;

const PAGE = `query Page($first: Int, $after: String) {
  partnerships(first: $first, after: $after) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const NESTED = `query Nested($first: Int) {
  partnerships(first: $first) {
    edges { node { id partners { id representatives { name } } board { name isChair } } }
  }
}`;

describe.each(apiBackends)('partnership queries over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    for (const area of AREAS) await recordPartnership(api.url, area);
    await send(api.url, 'withdrawPartner', {
      partnershipId: idOf('Fife'),
      partnerId: 'nhs',
      reason: 'Merged into a regional health board',
    });
    await untilProjectionsCaughtUp(api.url);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
  });

  it('reads a partnership with its partners, their representatives and its board, chair first', async () => {
    const result = await graphql<{
      partnership: {
        id: string;
        name: string;
        councilArea: string;
        establishedAt: string;
        quorum: { minimumMembersPresent: number; chairMustAttend: boolean };
        partners: Partner[];
        board: BoardSeat[];
      };
    }>(api.url, PARTNERSHIP, { id: PARTNERSHIP_ID });

    expect(result.errors).toBeUndefined();
    const orkney = result.data?.partnership;
    expect(orkney).toMatchObject({
      id: PARTNERSHIP_ID,
      name: 'Orkney Community Planning Partnership',
      councilArea: 'Orkney Islands',
      quorum: { minimumMembersPresent: 4, chairMustAttend: true },
    });
    expect(orkney?.establishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(orkney?.partners.map((partner) => partner.id)).toEqual(Object.values(PARTNER));
    const police = orkney?.partners.find((partner) => partner.id === PARTNER.police);
    expect(police?.representatives.map((rep) => rep.personId)).toEqual([PERSON.newAreaCommander]);
    const council = orkney?.partners.find((partner) => partner.id === PARTNER.council);
    expect(council?.representatives.map((rep) => rep.personId)).toEqual([
      PERSON.leader,
      PERSON.chiefExecutive,
    ]);
    expect(orkney?.board[0]).toEqual({
      personId: PERSON.leader,
      name: 'Cllr Inga Flett',
      isChair: true,
      partner: { organisation: 'Orkney Islands Council' },
    });
    expect(orkney?.board).toHaveLength(8);
    expect(orkney?.board.filter((seat) => seat.isChair)).toHaveLength(1);
    expect(orkney?.board.map((seat) => seat.personId)).not.toContain(PERSON.areaCommander);
  });

  it('includes past terms when asked: the retired police commander', async () => {
    const result = await graphql<{ partnership: { partners: Partner[]; board: BoardSeat[] } }>(
      api.url,
      PARTNERSHIP,
      { id: PARTNERSHIP_ID, past: true },
    );

    const police = result.data?.partnership.partners.find((p) => p.id === PARTNER.police);
    expect(police?.representatives).toEqual([
      expect.objectContaining({ personId: PERSON.areaCommander, removedAt: expect.any(String) }),
      expect.objectContaining({ personId: PERSON.newAreaCommander, removedAt: null }),
    ]);
    expect(result.data?.partnership.board.map((seat) => seat.personId)).toContain(
      PERSON.areaCommander,
    );
    expect(result.data?.partnership.board[0]?.isChair).toBe(true);
  });

  it('filters partners by status', async () => {
    const ask = (status: string | null) =>
      graphql<{ partnership: { partners: Partner[] } }>(api.url, PARTNERSHIP, {
        id: idOf('Fife'),
        status,
      });

    const all = await ask(null);
    const current = await ask('current');
    const withdrawn = await ask('withdrawn');

    expect(all.data?.partnership.partners.map((p) => p.id)).toEqual(['council', 'nhs']);
    expect(current.data?.partnership.partners.map((p) => p.id)).toEqual(['council']);
    expect(withdrawn.data?.partnership.partners).toEqual([
      expect.objectContaining({
        id: 'nhs',
        organisation: 'NHS Fife',
        status: 'withdrawn',
        withdrawnAt: expect.any(String),
      }),
    ]);
    const bogus = await ask('asleep');
    expect(bogus.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('pages through every partnership by name, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: {
        data?: {
          partnerships: {
            edges: { cursor: string; node: { id: string; name: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      } = await graphql(api.url, PAGE, { first: 3, after });
      const connection = result.data?.partnerships;
      if (!connection) throw new Error(JSON.stringify(result));
      pages += 1;
      seen.push(...connection.edges.map((edge) => edge.node.name));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([
      ...AREAS.map((area) => `${area} Community Planning Partnership`),
      'Orkney Community Planning Partnership',
    ]);
  });

  it('answers NOT_FOUND for a partnership that does not exist', async () => {
    const result = await graphql(api.url, PARTNERSHIP, { id: 'atlantis-cpp' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'atlantis-cpp',
    });
  });

  it('refuses a cursor it never gave out and a page over 100: VALIDATION_FAILED', async () => {
    const garbage = await graphql(api.url, PAGE, { first: 3, after: 'garbage' });
    const huge = await graphql(api.url, PAGE, { first: 101 });
    expect(garbage.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(huge.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('sends as many SQL statements for 6 partnerships with partners, representatives and board as for 2', async () => {
    const counter = api.app.get(QueryCounter);
    const statementsFor = async (first: number) => {
      await readSideQuiet(counter);
      const before = counter.count;
      const result = await graphql<{
        partnerships: { edges: { node: { partners: Partner[]; board: BoardSeat[] } }[] };
      }>(api.url, NESTED, { first });
      const statements = counter.count - before;
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.partnerships.edges.map((edge) => edge.node) ?? [];
      expect(nodes).toHaveLength(first);
      expect(nodes.every((node) => node.partners.length > 0 && node.board[0]?.isChair)).toBe(true);
      expect(
        nodes.every((node) => node.partners.some((partner) => partner.representatives.length > 0)),
      ).toBe(true);
      return statements;
    };

    const forTwo = await statementsFor(2);
    const forSix = await statementsFor(6);

    expect(forSix).toBe(forTwo);
    // The page, the partners, their representatives, the boards.
    expect(forTwo).toBe(4);
  });
});
