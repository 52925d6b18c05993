import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_FILES,
  signManifest,
  type EvidenceEvent,
  type EvidenceManifest,
  type EvidenceProof,
} from '@concordat/audit';
import { loadConfig } from '@concordat/config';
import { openStores } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { runCli } from '../../testing/run-cli';

export const DEMO_PARTNERSHIP = 'orkney-cpp';
export const OTHER_PARTNERSHIP = 'shetland-cpp';

/**
 * The demo story, a second partnership drafting under the framework version the demo's agreement
 * does not use, and a checkpoint over all of it.
 */
export async function demoLogWithCheckpoint(env: Record<string, string>): Promise<void> {
  await runCli(['seed', 'demo'], env);
  const stores = await openStores(loadConfig(env));
  try {
    const event = (type: string, data: Record<string, string>) =>
      anEvent()
        .ofType(type)
        .withData({ partnershipId: OTHER_PARTNERSHIP, ...data })
        .build();
    await stores.eventStore.appendToStream(`partnership-${OTHER_PARTNERSHIP}`, [
      event('PartnershipFormed', { name: 'Shetland Partnership' }),
    ]);
    await stores.eventStore.appendToStream('agreement-soa-shetland-2011', [
      event('AgreementDrafted', {
        agreementId: 'soa-shetland-2011',
        frameworkVersionId: 'npf-2011',
      }),
    ]);
  } finally {
    await stores.close();
  }
  await runCli(['audit', 'checkpoint', '--quiet'], env);
}

/** A copy of a bundle to tamper with. */
export async function copyBundle(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true });
  return to;
}

/** The lines of events.jsonl as text, without the final newline. */
export async function eventLines(bundle: string): Promise<string[]> {
  const text = await readFile(join(bundle, BUNDLE_FILES.events), 'utf8');
  return text.split('\n').slice(0, -1);
}

export async function readEvents(bundle: string): Promise<EvidenceEvent[]> {
  return (await eventLines(bundle)).map((line) => JSON.parse(line) as EvidenceEvent);
}

export async function writeEventLines(bundle: string, lines: readonly string[]): Promise<void> {
  await writeFile(join(bundle, BUNDLE_FILES.events), lines.map((line) => `${line}\n`).join(''));
}

export async function readJson<T>(bundle: string, file: string): Promise<T> {
  return JSON.parse(await readFile(join(bundle, file), 'utf8')) as T;
}

export async function writeJson(bundle: string, file: string, value: unknown): Promise<void> {
  await writeFile(join(bundle, file), `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * What a careful forger does after changing files: lists their new hashes in the manifest, with
 * `change`, and signs it again with `signingKeyPem`, a key of their own. Without one, the manifest
 * keeps the signature the forger cannot make again.
 */
export async function rehashManifest(
  bundle: string,
  change: Partial<Omit<EvidenceManifest, 'signature'>> = {},
  signingKeyPem?: string,
): Promise<void> {
  const { signature, ...manifest } = await readJson<EvidenceManifest>(
    bundle,
    BUNDLE_FILES.manifest,
  );
  const sha256: Record<string, string> = {};
  for (const file of Object.keys(manifest.sha256)) {
    sha256[file] = createHash('sha256')
      .update(await readFile(join(bundle, file)))
      .digest('hex');
  }
  const rewritten = { ...manifest, sha256, ...change };
  await writeJson(
    bundle,
    BUNDLE_FILES.manifest,
    signingKeyPem === undefined
      ? { ...rewritten, signature }
      : signManifest(rewritten, signingKeyPem),
  );
}

/**
 * Takes the events `removed` selects out of events.jsonl, with their proofs, and answers the
 * manifest's figures that would fit what is left: its event count and stream heads.
 */
export async function removeEvents(
  bundle: string,
  removed: (event: EvidenceEvent) => boolean,
): Promise<Pick<EvidenceManifest, 'events' | 'streams'>> {
  const [lines, events] = [await eventLines(bundle), await readEvents(bundle)];
  const kept = events.flatMap((event, index) => (removed(event) ? [] : [{ event, index }]));
  await writeEventLines(
    bundle,
    kept.map(({ index }) => lines[index]!),
  );
  const proofs = await readJson<EvidenceProof[]>(bundle, BUNDLE_FILES.proofs);
  const leaves = new Set(kept.map(({ event }) => event.leafIndex));
  await writeJson(
    bundle,
    BUNDLE_FILES.proofs,
    proofs.filter((proof) => leaves.has(proof.leafIndex)),
  );
  const { streams } = await readJson<EvidenceManifest>(bundle, BUNDLE_FILES.manifest);
  const heads = new Map(kept.map(({ event }) => [event.streamId, event]));
  return {
    events: kept.length,
    streams: streams.flatMap(({ streamId }) => {
      const head = heads.get(streamId);
      return head ? [{ streamId, lastRevision: head.streamRevision, lastHash: head.hash }] : [];
    }),
  };
}
