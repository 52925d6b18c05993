import type { Request } from 'express';
import { rateLimitKeyOf } from './rate-limit.middleware';

const request = (fields: Record<string, unknown>) => fields as unknown as Request;

describe('whom a request counts against', () => {
  it('is the verified actor, wherever the request comes from', () => {
    const from = (ip: string) =>
      request({ ip, principal: { kind: 'user', actor: 'user:chair', grants: [] } });
    expect(rateLimitKeyOf(from('10.0.0.1'))).toBe('actor:user:chair');
    expect(rateLimitKeyOf(from('10.0.0.2'))).toBe('actor:user:chair');
  });

  it("is the client's address without a token, so anonymous callers do not share one count", () => {
    const anonymous = { kind: 'anonymous', actor: 'anonymous' };
    expect(rateLimitKeyOf(request({ ip: '10.0.0.1', principal: anonymous }))).toBe('ip:10.0.0.1');
    expect(rateLimitKeyOf(request({ ip: '10.0.0.2', principal: anonymous }))).toBe('ip:10.0.0.2');
    expect(rateLimitKeyOf(request({ ip: '10.0.0.3' }))).toBe('ip:10.0.0.3');
  });

  it('is the /56 of an IPv6 address, so one host cannot rotate through its subnet', () => {
    const a = rateLimitKeyOf(request({ ip: '2001:db8:0:1::1' }));
    const b = rateLimitKeyOf(request({ ip: '2001:db8:0:2::9' }));
    expect(a).toBe(b);
  });
});
