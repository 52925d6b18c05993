import { PartnershipStreams } from './partnership-streams';

const event = (streamId: string, data: Record<string, string>) => ({ streamId, data });

describe('the streams that belong to a partnership', () => {
  it('are the streams that name it, and the framework versions it drafted under', () => {
    const streams = new PartnershipStreams('orkney-cpp');
    for (const seen of [
      event('framework-version-npf-2007', { frameworkVersionId: 'npf-2007' }),
      event('framework-version-npf-2011', { frameworkVersionId: 'npf-2011' }),
      event('partnership-orkney-cpp', { partnershipId: 'orkney-cpp' }),
      event('agreement-soa', { partnershipId: 'orkney-cpp', frameworkVersionId: 'npf-2007' }),
      event('partnership-shetland', { partnershipId: 'shetland' }),
      event('agreement-shetland', { partnershipId: 'shetland', frameworkVersionId: 'npf-2011' }),
      event('partnership-orkney-cpp', { partnershipId: 'orkney-cpp' }),
    ]) {
      streams.observe(seen);
    }

    expect(streams.streamIds).toEqual([
      'partnership-orkney-cpp',
      'agreement-soa',
      'framework-version-npf-2007',
    ]);
    expect(streams.includes('framework-version-npf-2007')).toBe(true);
    expect(streams.includes('framework-version-npf-2011')).toBe(false);
    expect(streams.includes('agreement-shetland')).toBe(false);
  });
});
