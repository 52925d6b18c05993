import type { SignedCheckpoint } from '@concordat/integrity';
import type { JsonObject } from '@concordat/shared-kernel';
import { z } from 'zod';
import {
  BUNDLE_FILES,
  type BundleFileName,
  EVIDENCE_FORMAT,
  type EvidenceEvent,
  type EvidenceManifest,
  type EvidenceProof,
} from './evidence-bundle';
import type { EvidenceProblem } from './evidence-problem';

/** The bundle's files as read from disk; a missing file is absent. */
export type EvidenceBundleFiles = Partial<Readonly<Record<BundleFileName, Buffer>>>;

/** An event of events.jsonl and the line it is on, counted from 1. */
export interface EventLine {
  readonly line: number;
  readonly event: EvidenceEvent;
}

export interface EventLines {
  /** The lines that could be read, in file order. */
  readonly lines: readonly EventLine[];
  /** Every line of the file, whether it could be read or not. */
  readonly count: number;
}

/** An element of proofs.json and its number, counted from 1. */
export interface NumberedProof {
  readonly number: number;
  readonly proof: EvidenceProof;
}

const decimal = z.string().regex(/^(?:0|[1-9][0-9]*)$/, 'must be a decimal integer');
// What data says is the hash's business; here it need only be a JSON object.
const jsonObject = z.record(z.string(), z.unknown());
const metadata = z.looseObject({
  actor: z.string(),
  correlationId: z.string(),
  causationId: z.string().nullable(),
  commandId: z.string().nullable(),
  occurredAt: z.string(),
});

const eventSchema = z.strictObject({
  leafIndex: decimal,
  globalPosition: decimal,
  streamId: z.string(),
  streamRevision: decimal,
  eventId: z.string(),
  type: z.string(),
  schemaVersion: z.number().int(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  data: jsonObject,
  metadata,
  previousHash: z.string(),
  hash: z.string(),
  canonical: z.string(),
});

const proofSchema = z.strictObject({
  leafIndex: decimal,
  streamId: z.string(),
  streamRevision: decimal,
  treeSize: decimal,
  auditPath: z.array(z.string()),
});

// The fields' formats are the signature check's to judge, as they are for stored checkpoints.
const checkpointSchema = z.strictObject({
  treeSize: z.string(),
  rootHash: z.string(),
  issuedAt: z.string(),
  keyId: z.string(),
  signature: z.string(),
});

const manifestSchema = z.strictObject({
  format: z.literal(EVIDENCE_FORMAT),
  partnershipId: z.string(),
  createdAt: z.string(),
  toolVersion: z.string(),
  events: z.number().int().nonnegative(),
  streams: z.array(
    z.strictObject({ streamId: z.string(), lastRevision: decimal, lastHash: z.string() }),
  ),
  treeSize: decimal,
  rootHash: z.string(),
  keyId: z.string(),
  sha256: z.record(z.string(), z.string()),
  // Its format is the signature check's to judge.
  signature: z.string(),
});

/**
 * Readers of the bundle's files. Each reports what it cannot read to `problems` and answers what
 * it could, so that one damaged file does not hide what is wrong with the others.
 */
export function readManifest(
  files: EvidenceBundleFiles,
  problems: EvidenceProblem[],
): EvidenceManifest | undefined {
  const file = BUNDLE_FILES.manifest;
  const json = readJson(files, file, problems);
  if (json === undefined) return undefined;
  return parsed(manifestSchema, json, file, undefined, problems);
}

export function readEventLines(
  files: EvidenceBundleFiles,
  problems: EvidenceProblem[],
): EventLines {
  const file = BUNDLE_FILES.events;
  const bytes = present(files, file, problems);
  if (bytes === undefined) return { lines: [], count: 0 };
  const texts = bytes.toString('utf8').split('\n');
  if (texts.at(-1) === '') texts.pop();
  const lines = texts.flatMap((text, index): EventLine[] => {
    const where = `line ${index + 1}`;
    const json = parseJson(text, file, where, problems);
    const event = json === undefined ? undefined : parsed(eventSchema, json, file, where, problems);
    // JSON.parse yields JSON values only, so data is the JSON object it claims to be.
    return event ? [{ line: index + 1, event: { ...event, data: event.data as JsonObject } }] : [];
  });
  return { lines, count: texts.length };
}

export function readProofs(
  files: EvidenceBundleFiles,
  problems: EvidenceProblem[],
): NumberedProof[] {
  return readList(files, BUNDLE_FILES.proofs, 'proof', proofSchema, problems).map(
    ({ number, value }) => ({ number, proof: value }),
  );
}

export function readCheckpoints(
  files: EvidenceBundleFiles,
  problems: EvidenceProblem[],
): SignedCheckpoint[] {
  const checkpoints = readList(
    files,
    BUNDLE_FILES.checkpoints,
    'checkpoint',
    checkpointSchema,
    problems,
  );
  if (files[BUNDLE_FILES.checkpoints] !== undefined && checkpoints.length === 0) {
    problems.push({ file: BUNDLE_FILES.checkpoints, reason: 'holds no checkpoint' });
  }
  return checkpoints.map(({ value }) => value);
}

/** A JSON array whose elements are read one by one, so that each problem names its element. */
function readList<T>(
  files: EvidenceBundleFiles,
  file: BundleFileName,
  noun: string,
  schema: z.ZodType<T>,
  problems: EvidenceProblem[],
): { number: number; value: T }[] {
  const json = readJson(files, file, problems);
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    problems.push({ file, reason: `is not a JSON array of ${noun}s` });
    return [];
  }
  return json.flatMap((element: unknown, index) => {
    const value = parsed(schema, element, file, `${noun} ${index + 1}`, problems);
    return value === undefined ? [] : [{ number: index + 1, value }];
  });
}

function readJson(
  files: EvidenceBundleFiles,
  file: BundleFileName,
  problems: EvidenceProblem[],
): unknown {
  const bytes = present(files, file, problems);
  return bytes === undefined
    ? undefined
    : parseJson(bytes.toString('utf8'), file, undefined, problems);
}

function present(
  files: EvidenceBundleFiles,
  file: BundleFileName,
  problems: EvidenceProblem[],
): Buffer | undefined {
  const bytes = files[file];
  if (bytes === undefined) problems.push({ file, reason: 'is not in the bundle' });
  return bytes;
}

function parseJson(
  text: string,
  file: BundleFileName,
  where: string | undefined,
  problems: EvidenceProblem[],
): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ file, where, reason: `is not JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function parsed<T>(
  schema: z.ZodType<T>,
  json: unknown,
  file: BundleFileName,
  where: string | undefined,
  problems: EvidenceProblem[],
): T | undefined {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) =>
    issue.path.length === 0
      ? issue.message
      : `${issue.path.map(String).join('.')}: ${issue.message}`,
  );
  problems.push({ file, where, reason: `is not as the format says: ${issues.join('; ')}` });
  return undefined;
}
