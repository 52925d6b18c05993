import {
  ERASED,
  personalFieldsOf,
  valueAt,
  withPersonalDataErased,
  withValueAt,
  type JsonObject,
  type JsonValue,
  type PersonalDataCatalogue,
  type PersonalDataFields,
} from '@concordat/shared-kernel';
import type { NewEvent } from '@concordat/event-store';
import { openValue, sealValue } from './personal-data-cipher';
import type { SubjectKeys } from './personal-data-keys';
import { isSealedValue } from './sealed-value';

type EventParts = Pick<NewEvent, 'id' | 'type' | 'schemaVersion' | 'data'>;

/** Where a field sits, bound into its ciphertext: this event, this field. */
const contextOf = (eventId: string, field: string) => `${eventId}#${field}`;

const sealedBy = (declaration: PersonalDataFields | undefined, event: EventParts) =>
  declaration !== undefined && event.schemaVersion >= declaration.sealedFrom;

/** The event as the store must hold it: each personal field sealed under its subject's key. */
export async function sealEvent(
  catalogue: PersonalDataCatalogue,
  event: NewEvent,
  keyFor: (subject: string) => Promise<Buffer>,
): Promise<NewEvent> {
  const declaration = personalFieldsOf(catalogue, event.type);
  if (!declaration || !sealedBy(declaration, event)) return event;
  const subject = declaration.subjectOf(event.data);
  const key = await keyFor(subject);
  let data: JsonObject = event.data;
  for (const field of declaration.fields) {
    const value = valueAt(event.data, field);
    if (value === undefined) continue;
    const sealed = sealValue(key, subject, contextOf(event.id, field), value as JsonValue);
    data = withValueAt(data, field, { ...sealed });
  }
  return { ...event, data };
}

/** The subjects whose keys opening these events needs. */
export function subjectsOf(catalogue: PersonalDataCatalogue, events: readonly EventParts[]) {
  const subjects = new Set<string>();
  for (const event of events) {
    const declaration = personalFieldsOf(catalogue, event.type);
    if (declaration) subjects.add(declaration.subjectOf(event.data));
  }
  return [...subjects];
}

/**
 * The event's data as its writer gave it while the subject's key exists. Once it is destroyed,
 * each personal field reads as erased: sealed ones because nothing can open them, and those an
 * older version held in clear because the person asked, even though the log still holds them.
 */
export function openEventData(
  catalogue: PersonalDataCatalogue,
  event: EventParts,
  keys: SubjectKeys,
): JsonObject {
  const declaration = personalFieldsOf(catalogue, event.type);
  if (!declaration) return event.data;
  const key = keys.get(declaration.subjectOf(event.data));
  if (!sealedBy(declaration, event)) {
    return key === null ? withPersonalDataErased(declaration, event.data) : event.data;
  }
  let data = event.data;
  for (const field of declaration.fields) {
    const value = valueAt(event.data, field);
    if (value === undefined) continue;
    const opened =
      key && isSealedValue(value) ? openValue(key, contextOf(event.id, field), value) : ERASED;
    data = withValueAt(data, field, opened);
  }
  return data;
}
