/**
 * A subject's key, or null once it was destroyed. A subject absent from an answer never had one:
 * their data predates sealing, or was never recorded.
 */
export type SubjectKeys = ReadonlyMap<string, Buffer | null>;

/** Where each person's key lives. Keys are the only part of Concordat that is ever deleted. */
export interface PersonalDataKeys {
  /** The subject's key, made on first use. Refuses a subject whose key was destroyed. */
  keyFor(subject: string): Promise<Buffer>;
  keysOf(subjects: readonly string[]): Promise<SubjectKeys>;
  /** Destroys the subject's key for good, leaving a tombstone; harmless when done already. */
  destroy(subject: string): Promise<void>;
}

/** A write naming a person whose data was erased: it would bring them back, so it is refused. */
export class PersonalDataWasErased extends Error {
  constructor(readonly subject: string) {
    super(`the personal data of ${subject} was erased; nothing more can be recorded under it`);
    this.name = 'PersonalDataWasErased';
  }
}
