import { toEsdbConnectionString } from './connection-string';

describe('EventStoreDB connection string', () => {
  it.each([
    ['esdb://127.0.0.1:2113?tls=false', 'esdb://127.0.0.1:2113?tls=false'],
    ['esdb+discover://cluster.local:2113', 'esdb+discover://cluster.local:2113'],
    ['kurrentdb://admin:changeit@db:2113', 'esdb://admin:changeit@db:2113'],
    ['kurrentdb+discover://cluster.local:2113', 'esdb+discover://cluster.local:2113'],
    ['kurrent://db:2113?tls=false', 'esdb://db:2113?tls=false'],
    [' kurrent+discover://db:2113 ', 'esdb+discover://db:2113'],
  ])('reads %s as %s', (given, parsed) => {
    expect(toEsdbConnectionString(given)).toBe(parsed);
  });
});
