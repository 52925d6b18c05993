/**
 * Where an event type keeps a person's personal data. From `sealedFrom` on, the store holds each
 * named field sealed under that person's own key, so destroying the key erases the data everywhere
 * without changing a byte of the log (crypto-shredding). Versions before `sealedFrom` held the
 * fields in clear and cannot be erased that way.
 */
export interface PersonalDataFields {
  readonly type: string;
  readonly sealedFrom: number;
  /** Paths into the data, a dot between levels: `name`, `contact.email`. */
  readonly fields: readonly string[];
  /** Whose data it is: an id naming the person, unique across the whole store. */
  subjectOf(data: Readonly<Record<string, unknown>>): string;
}

/** An event type that records a request to erase a person's data: its key is destroyed. */
export interface PersonalDataErasure {
  readonly type: string;
  subjectOf(data: Readonly<Record<string, unknown>>): string;
}

/** Every event type holding personal data, and every event type that erases it. */
export interface PersonalDataCatalogue {
  readonly fields: readonly PersonalDataFields[];
  readonly erasures: readonly PersonalDataErasure[];
}

/** Where this event type keeps personal data, whether its version seals it or held it in clear. */
export function personalFieldsOf(
  catalogue: PersonalDataCatalogue,
  type: string,
): PersonalDataFields | undefined {
  return catalogue.fields.find((declaration) => declaration.type === type);
}

/** What an erased field reads as, wherever it is shown. */
export const ERASED = '[erased]';

type Data = Readonly<Record<string, unknown>>;

/** The value at a field's path; undefined where the data has no such field. */
export function valueAt(data: Data, path: string): unknown {
  let value: unknown = data;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Data)[step];
  }
  return value;
}

/** A copy of the data with the value at the path replaced; the path must exist. */
export function withValueAt<T extends Data>(data: T, path: string, value: unknown): T {
  const [step, ...rest] = path.split('.') as [string, ...string[]];
  const inner = rest.length === 0 ? value : withValueAt(data[step] as Data, rest.join('.'), value);
  return { ...data, [step]: inner };
}

/** Data with each declared personal field it holds replaced by the erased marker. */
export function withPersonalDataErased<T extends Data>(
  declaration: PersonalDataFields,
  data: T,
): T {
  return declaration.fields.reduce(
    (erased, path) =>
      valueAt(erased, path) === undefined ? erased : withValueAt(erased, path, ERASED),
    data,
  );
}
