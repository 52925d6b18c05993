/**
 * Who asks, why and when. Time and ids arrive with the command, so deciding stays pure: the same
 * command on the same state always yields the same events.
 */
export interface CommandMetadata {
  /** The verified identity issuing the command, e.g. `user:jane.officer`. */
  readonly actor: string;
  /** Unique per command; a retried command keeps its id and is not applied twice. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** When the command was issued, as an ISO-8601 instant; events record it as occurredAt. */
  readonly issuedAt: string;
}

export interface Command<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Readonly<Data>;
  readonly metadata: CommandMetadata;
}

/**
 * A fact, in the past tense. `schemaVersion` names the shape of `data`; a changed shape is a new
 * version with an upcaster from the old one, because stored events are never rewritten.
 */
export interface DomainEvent<
  Type extends string = string,
  Data extends object = object,
  Version extends number = number,
> {
  readonly type: Type;
  readonly schemaVersion: Version;
  readonly data: Readonly<Data>;
}
