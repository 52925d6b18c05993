import type { Command, CommandMetadata } from '@concordat/shared-kernel';

let sequence = 0;

/** A command as a handler would receive it, with fresh metadata unless told otherwise. */
export function aCommand<C extends Command>(
  type: C['type'],
  data: C['data'],
  metadata: Partial<CommandMetadata> = {},
): C {
  sequence += 1;
  return {
    type,
    data,
    metadata: {
      actor: 'user:test-officer',
      commandId: `command-${sequence}`,
      correlationId: `correlation-${sequence}`,
      causationId: null,
      issuedAt: '2008-06-01T10:00:00.000Z',
      ...metadata,
    },
  } as C;
}
