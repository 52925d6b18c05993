import { systemPrincipal } from '@concordat/access-control';
import { AggregateCache } from '@concordat/command-handling';
import type {
  AdmitPartner,
  AppointRepresentative,
  EstablishPartnership,
  PartnershipCommand,
} from '@concordat/domain';
import { aCommand } from '@concordat/domain/testing/command-builder';
import { PartnershipCommandMessage } from '../partnerships/partnership-command';
import {
  startApplicationOnPostgres,
  type ApplicationTestContext,
} from '../testing/application-test-context';

const OPERATOR = systemPrincipal('system:test');
const partnershipId = 'shetland';

describe("the application's aggregate cache, on PostgreSQL", () => {
  let context: ApplicationTestContext;
  let cache: AggregateCache;
  const send = <C extends PartnershipCommand>(type: C['type'], data: C['data']) =>
    context.commandBus.execute(new PartnershipCommandMessage(aCommand<C>(type, data), OPERATOR));

  beforeAll(async () => {
    context = await startApplicationOnPostgres();
    cache = context.app.get(AggregateCache);
  });

  afterAll(async () => {
    await context.close();
  });

  it('keeps the state of a stream a command handler loaded, until it holds personal data', async () => {
    // Given a partnership established and a partner admitted through the command bus
    await send<EstablishPartnership>('EstablishPartnership', {
      partnershipId,
      name: 'Shetland Partnership',
      councilArea: 'Shetland Islands',
      quorum: { minimumMembersPresent: 2, chairMustAttend: false },
    });
    await send<AdmitPartner>('AdmitPartner', {
      partnershipId,
      partnerId: 'nhs-shetland',
      organisation: 'NHS Shetland',
      sector: 'health_board',
    });
    // Then the handlers kept its state
    expect(cache.size).toBe(1);
    // When a representative, whose name is personal data, is appointed
    await send<AppointRepresentative>('AppointRepresentative', {
      partnershipId,
      partnerId: 'nhs-shetland',
      personId: 'p-1',
      name: 'Morag Isbister',
      role: 'Director of Public Health',
      contact: { email: 'morag@example.org', telephone: null },
    });
    // Then the next load of the stream keeps it no longer
    await send<AdmitPartner>('AdmitPartner', {
      partnershipId,
      partnerId: 'shetland-council',
      organisation: 'Shetland Islands Council',
      sector: 'council',
    });
    expect(cache.size).toBe(0);
  });
});
