import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { leafOfEvent, ProofSource } from '@concordat/audit';
import { checkpointOf, interleavedLog } from '@concordat/audit/testing/signed-log';
import { generateSigningKeyPair } from '@concordat/integrity';
import { ProofDoesNotHold, registerCheckProofCommand } from './check-proof.command';

const key = generateSigningKeyPair();
const log = interleavedLog({ 'agreement-1': 5, 'meeting-1': 4 });
const earlier = checkpointOf(log, 4, key.privateKeyPem);
const later = checkpointOf(log, 9, key.privateKeyPem);
const source = new ProofSource(
  [earlier, later],
  log.map(leafOfEvent),
  log.map((event) => event.globalPosition),
);
const inclusion = source.inclusionProof(log[2]!, earlier);
const consistency = source.consistencyProof(earlier, later);

/** `concordat audit check-proof` with these arguments and environment, and what it printed. */
async function checkProof(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const lines: string[] = [];
  const program = new Command('concordat').exitOverride();
  registerCheckProofCommand(program, { info: (line) => lines.push(line), error: () => undefined });
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await program.parseAsync(['node', 'concordat', 'audit', 'check-proof', ...args]);
  } finally {
    process.env = saved;
  }
  return lines;
}

describe('concordat audit check-proof, without a database', () => {
  let directory: string;
  let publicKey: string;
  const file = async (name: string, content: unknown) => {
    const path = join(directory, name);
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-proofs-'));
    publicKey = await file('checkpoint-signing.pub', key.publicKeyPem);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('accepts every proof of a GraphQL answer, aliases included, naming what each proves', async () => {
    const answer = await file('answer.json', {
      data: { inclusionProof: inclusion, grown: consistency },
    });

    expect(await checkProof(['--file', answer, '--public-key', publicKey])).toEqual([
      `inclusion proof holds: event ${log[2]!.id} at position 30 is leaf 2 of the tree of size 4 ` +
        `signed by key ${key.keyId} at 2013-04-01T10:00:00.000Z`,
      `consistency proof holds: the tree of size 4 signed by key ${key.keyId} at ` +
        `2013-04-01T10:00:00.000Z is a prefix of the tree of size 9 signed by key ${key.keyId} ` +
        'at 2013-04-01T10:00:00.000Z',
    ]);
  });

  it('accepts a proof object alone, with the public key from the configuration', async () => {
    const alone = await file('alone.json', consistency);

    const lines = await checkProof(['--file', alone], {
      CONCORDAT_SIGNING_PUBLIC_KEY_FILE: publicKey,
    });
    expect(lines).toHaveLength(1);
  });

  it('rejects a proof whose path was changed, saying why', async () => {
    const [first, ...rest] = inclusion.auditPath;
    const changed = {
      ...inclusion,
      auditPath: [first!.replace(/^./, (c) => (c === '0' ? '1' : '0')), ...rest],
    };
    const path = await file('changed.json', { data: { inclusionProof: changed } });

    const failure = await checkProof(['--file', path, '--public-key', publicKey]).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ProofDoesNotHold);
    expect((failure as Error).message).toBe(
      'the inclusion proof does not hold:\n' +
        "  - the audit path does not lead from the leaf to the checkpoint's root",
    );
  });

  it('refuses a file without a proof or without JSON, and asks for the public key when none is given', async () => {
    const refusal = await file('refusal.json', {
      data: null,
      errors: [{ message: 'no checkpoint has been signed yet' }],
    });
    const notJson = await file('garbled.json', '{"data": ');

    await expect(checkProof(['--file', refusal, '--public-key', publicKey])).rejects.toThrow(
      "the file holds no proof, only the API's answer: " +
        '[{"message":"no checkpoint has been signed yet"}]',
    );
    await expect(checkProof(['--file', notJson, '--public-key', publicKey])).rejects.toThrow(
      `${notJson} is not JSON`,
    );
    await expect(checkProof(['--file', refusal])).rejects.toThrow(
      'give the public key: --public-key FILE, or CONCORDAT_SIGNING_PUBLIC_KEY_FILE',
    );
  });
});
