import { hrefTo, parseRoute, type Route } from './route';

describe('page addresses', () => {
  const routes: Route[] = [
    { page: 'home' },
    { page: 'overview', partnershipId: 'orkney-cpp' },
    { page: 'matrix', partnershipId: 'orkney-cpp' },
    {
      page: 'matrix',
      partnershipId: 'orkney-cpp',
      agreementId: 'soa-orkney-2008-11',
      asOf: '2026-05-01T14:03:09.000Z',
    },
    { page: 'agreement', partnershipId: 'orkney-cpp', agreementId: 'soa-orkney-2008-11' },
    { page: 'commitment', partnershipId: 'orkney-cpp', commitmentId: 'c-nhs smoking/cessation' },
    {
      page: 'propose',
      partnershipId: 'orkney-cpp',
      agreementId: 'soa-orkney-2008-11',
      localOutcomeId: 'lo-warm-homes',
    },
    { page: 'meetings', partnershipId: 'orkney-cpp' },
    {
      page: 'changes',
      partnershipId: 'orkney-cpp',
      from: '2026-05-01T00:00:00.000Z',
      to: '2026-05-02T00:00:00.000Z',
    },
    { page: 'audit', partnershipId: 'orkney-cpp' },
  ];

  it.each(routes)('reads back the page it wrote: %j', (route) => {
    const parsed = parseRoute(hrefTo(route));
    expect(
      Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)),
    ).toEqual(route);
  });

  it('reads an unknown section as the overview, and no partnership as home', () => {
    expect(parseRoute('#/orkney-cpp/elsewhere')).toEqual({
      page: 'overview',
      partnershipId: 'orkney-cpp',
    });
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
  });
});
