import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import {
  generateSigningKeyPair,
  leafHash,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@concordat/integrity';
import { registerCheckProofCommand } from '../../../cli/src/commands/check-proof.command';
import { partnershipWithRecords } from '../access/testing/partnership-with-records';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';
import { testToken } from '../testing/test-tokens';

const CHECKPOINT = 'treeSize rootHash issuedAt keyId signature lastPosition';
const INCLUSION_PROOF = `
  query ($globalPosition: String, $eventId: String, $treeSize: String) {
    inclusionProof(globalPosition: $globalPosition, eventId: $eventId, treeSize: $treeSize) {
      eventId globalPosition eventHash leafHash leafIndex treeSize auditPath
      checkpoint { ${CHECKPOINT} }
    }
  }`;
const CONSISTENCY_PROOF = `
  query ($from: String!, $to: String!) {
    consistencyProof(fromTreeSize: $from, toTreeSize: $to) {
      fromTreeSize toTreeSize consistencyPath from { ${CHECKPOINT} } to { ${CHECKPOINT} }
    }
  }`;
const SIGN = `mutation { signCheckpoint { created checkpoint { ${CHECKPOINT} } } }`;

interface Checkpoint {
  treeSize: string;
  rootHash: string;
  issuedAt: string;
  keyId: string;
  signature: string;
  lastPosition: string;
}
interface InclusionProof {
  eventId: string;
  globalPosition: string;
  eventHash: string;
  leafHash: string;
  leafIndex: string;
  treeSize: string;
  auditPath: string[];
  checkpoint: Checkpoint;
}
interface ConsistencyProof {
  fromTreeSize: string;
  toTreeSize: string;
  consistencyPath: string[];
  from: Checkpoint;
  to: Checkpoint;
}
interface LoggedEvent {
  globalPosition: string;
  eventId: string;
  hash: string;
  partnershipId: string | null;
}

const [, startOnPostgres] = apiBackends[0]!;
const key = generateSigningKeyPair();
const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.['code'];

/** `concordat audit check-proof` on a file, as an auditor would run it: no database at all. */
async function checkProof(file: string, publicKeyFile: string): Promise<string[]> {
  const lines: string[] = [];
  const program = new Command('concordat').exitOverride();
  registerCheckProofCommand(program, { info: (line) => lines.push(line), error: () => undefined });
  await program.parseAsync([
    'node',
    'concordat',
    'audit',
    'check-proof',
    '--file',
    file,
    '--public-key',
    publicKeyFile,
  ]);
  return lines;
}

/** The same hex with its first character changed. */
const changed = (hex: string) => `${hex.startsWith('0') ? '1' : '0'}${hex.slice(1)}`;

describe('checkpoints and proofs over HTTP on PostgreSQL', () => {
  let api: RunningApi;
  let keyDirectory: string;
  let publicKeyFile: string;
  let admin: string;
  let auditor: string;
  let officerOfBeta: string;
  let first: Checkpoint;
  let second: Checkpoint;
  let log: LoggedEvent[];

  const ask = <T>(token: string | null, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(api.url, query, variables, { token });
  const sign = async () => {
    const answer = await ask<{ signCheckpoint: { created: boolean; checkpoint: Checkpoint } }>(
      admin,
      SIGN,
    );
    if (!answer.data) throw new Error(`signCheckpoint failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.signCheckpoint;
  };
  const proveInclusion = (token: string, variables: Record<string, string>) =>
    ask<{ inclusionProof: InclusionProof }>(token, INCLUSION_PROOF, variables);
  const eventOf = (partnershipId: string | null) =>
    log.find((event) => event.partnershipId === partnershipId)!;

  beforeAll(async () => {
    keyDirectory = await mkdtemp(join(tmpdir(), 'concordat-checkpoint-keys-'));
    const privateKeyFile = join(keyDirectory, 'checkpoint-signing.key');
    publicKeyFile = join(keyDirectory, 'checkpoint-signing.pub');
    await writeFile(privateKeyFile, key.privateKeyPem);
    await writeFile(publicKeyFile, key.publicKeyPem);
    api = await startOnPostgres({
      CONCORDAT_SIGNING_KEY_FILE: privateKeyFile,
      CONCORDAT_SIGNING_PUBLIC_KEY_FILE: publicKeyFile,
      CONCORDAT_CHECKPOINT_INTERVAL_MS: '0',
    });
    admin = await testToken('user:platform-admin', [{ role: 'platform-admin' }]);
    auditor = await testToken('user:auditor', [{ role: 'auditor' }]);
    officerOfBeta = await testToken('user:beta-officer', [
      { role: 'partnership-officer', partnershipId: 'beta-cpp' },
    ]);

    await partnershipWithRecords(api.url, 'alpha');
    first = (await sign()).checkpoint;
    await partnershipWithRecords(api.url, 'beta');
    second = (await sign()).checkpoint;
    await untilProjectionsCaughtUp(api.url);
    const answer = await ask<{ auditLog: { edges: { node: LoggedEvent }[] } }>(
      auditor,
      '{ auditLog(first: 100) { edges { node { globalPosition eventId hash partnershipId } } } }',
    );
    log = answer.data!.auditLog.edges.map((edge) => edge.node);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await rm(keyDirectory, { recursive: true, force: true });
  });

  it('publishes its public key to anyone, without a token', async () => {
    const answer = await ask(null, '{ checkpointPublicKey { publicKeyPem keyId } }');

    expect(answer).toEqual({
      data: { checkpointPublicKey: { publicKeyPem: key.publicKeyPem, keyId: key.keyId } },
    });
  });

  it('signs checkpoints that verify with that key, covering the whole log', () => {
    expect(verifyCheckpoint(first, key.publicKeyPem)).toEqual({ valid: true });
    expect(verifyCheckpoint(second, key.publicKeyPem)).toEqual({ valid: true });
    expect(second.treeSize).toBe(String(log.length));
    expect(second.lastPosition).toBe(log.at(-1)!.globalPosition);
  });

  it('signs for a platform-admin only, and signs nothing new while the log has not grown', async () => {
    const auditorsTry = await ask(auditor, SIGN);
    const membersTry = await ask(officerOfBeta, SIGN);
    const publicTry = await ask(null, SIGN);
    const again = await sign();

    expect([codeOf(auditorsTry), codeOf(membersTry), codeOf(publicTry)]).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'UNAUTHENTICATED',
    ]);
    expect(again).toEqual({ created: false, checkpoint: second });
  });

  it('proves an event to an auditor, by position or by id, against the latest or an earlier checkpoint', async () => {
    const event = eventOf('alpha-cpp');

    const latest = await proveInclusion(auditor, { globalPosition: event.globalPosition });
    const byId = await proveInclusion(auditor, { eventId: event.eventId });
    const earlier = await proveInclusion(auditor, {
      globalPosition: event.globalPosition,
      treeSize: first.treeSize,
    });

    expect(latest.errors).toBeUndefined();
    expect(byId.data).toEqual(latest.data);
    for (const [proof, checkpoint] of [
      [latest.data!.inclusionProof, second],
      [earlier.data!.inclusionProof, first],
    ] as const) {
      expect(proof).toMatchObject({
        eventId: event.eventId,
        eventHash: event.hash,
        leafIndex: String(log.indexOf(event)),
        treeSize: checkpoint.treeSize,
        checkpoint,
      });
      expect(proof.leafHash).toBe(leafHash(Buffer.from(event.hash, 'hex')));
      expect(
        verifyInclusion({
          leafHash: proof.leafHash,
          leafIndex: BigInt(proof.leafIndex),
          treeSize: BigInt(proof.checkpoint.treeSize),
          rootHash: proof.checkpoint.rootHash,
          proof: proof.auditPath,
        }),
      ).toBe(true);
    }
  });

  it('proves that the later checkpoint extends the earlier one', async () => {
    const answer = await ask<{ consistencyProof: ConsistencyProof }>(auditor, CONSISTENCY_PROOF, {
      from: first.treeSize,
      to: second.treeSize,
    });

    const proof = answer.data!.consistencyProof;
    expect(proof).toMatchObject({ from: first, to: second });
    expect(
      verifyConsistency({
        firstSize: BigInt(first.treeSize),
        firstRoot: first.rootHash,
        secondSize: BigInt(second.treeSize),
        secondRoot: second.rootHash,
        proof: proof.consistencyPath,
      }),
    ).toBe(true);
  });

  it('lists the checkpoints page by page, the smallest tree first', async () => {
    const page = (after: string | null) =>
      ask<{
        checkpoints: {
          edges: { node: Checkpoint }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        officerOfBeta,
        `query ($after: String) {
          checkpoints(first: 1, after: $after) {
            edges { node { ${CHECKPOINT} } } pageInfo { hasNextPage endCursor }
          }
        }`,
        { after },
      );

    const one = (await page(null)).data!.checkpoints;
    const two = (await page(one.pageInfo.endCursor)).data!.checkpoints;

    expect(one.edges.map((edge) => edge.node)).toEqual([first]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(two.edges.map((edge) => edge.node)).toEqual([second]);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it("answers a member about another partnership's event exactly as about no event", async () => {
    const alphas = eventOf('alpha-cpp');
    const nowhere = String(BigInt(log.at(-1)!.globalPosition) + 1_000_000n);

    const theirs = await proveInclusion(officerOfBeta, { globalPosition: alphas.globalPosition });
    const missing = await proveInclusion(officerOfBeta, { globalPosition: nowhere });
    const byId = await proveInclusion(officerOfBeta, { eventId: alphas.eventId });

    expect(codeOf(theirs)).toBe('NOT_FOUND');
    expect(JSON.stringify(theirs).replaceAll(alphas.globalPosition, nowhere)).toBe(
      JSON.stringify(missing),
    );
    expect(byId.errors?.[0]?.message).toBe(`event ${alphas.eventId} was not found`);
  });

  it("proves a member's own partnership's events, and the national framework's", async () => {
    for (const event of [eventOf('beta-cpp'), eventOf(null)]) {
      const answer = await proveInclusion(officerOfBeta, { globalPosition: event.globalPosition });
      expect(answer.data?.inclusionProof.eventId).toBe(event.eventId);
    }
  });

  it('proves nothing to the public', async () => {
    const event = eventOf(null);

    const inclusion = await ask(null, INCLUSION_PROOF, { globalPosition: event.globalPosition });
    const list = await ask(null, '{ checkpoints { edges { cursor } } }');

    expect([codeOf(inclusion), codeOf(list)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it("has the command line accept the API's answers and reject them with any element changed", async () => {
    const event = eventOf('alpha-cpp');
    const inclusion = await proveInclusion(auditor, { globalPosition: event.globalPosition });
    const consistency = await ask<{ consistencyProof: ConsistencyProof }>(
      auditor,
      CONSISTENCY_PROOF,
      { from: first.treeSize, to: second.treeSize },
    );
    const saved = async (name: string, answer: unknown) => {
      const path = join(keyDirectory, name);
      await writeFile(path, JSON.stringify(answer, null, 2));
      return path;
    };

    expect(await checkProof(await saved('inclusion.json', inclusion), publicKeyFile)).toEqual([
      expect.stringMatching(/^inclusion proof holds: event /),
    ]);
    expect(await checkProof(await saved('consistency.json', consistency), publicKeyFile)).toEqual([
      expect.stringMatching(/^consistency proof holds: the tree of size /),
    ]);

    const proof = inclusion.data!.inclusionProof;
    const path = consistency.data!.consistencyProof;
    const tampered = [
      {
        inclusionProof: {
          ...proof,
          auditPath: [changed(proof.auditPath[0]!), ...proof.auditPath.slice(1)],
        },
      },
      { inclusionProof: { ...proof, eventHash: changed(proof.eventHash) } },
      { inclusionProof: { ...proof, leafIndex: String(Number(proof.leafIndex) + 1) } },
      {
        inclusionProof: { ...proof, checkpoint: { ...proof.checkpoint, issuedAt: first.issuedAt } },
      },
      { consistencyProof: { ...path, consistencyPath: [changed(path.consistencyPath[0]!)] } },
      {
        consistencyProof: {
          ...path,
          from: { ...path.from, signature: changed(path.from.signature) },
        },
      },
    ];
    for (const [index, data] of tampered.entries()) {
      const file = await saved(`tampered-${index}.json`, { data });
      await expect(checkProof(file, publicKeyFile)).rejects.toThrow(/proof does not hold/);
    }
  });

  it('refuses a proof for an event no checkpoint covers yet, and for a checkpoint never signed', async () => {
    const appended = await ask<{ establishPartnership: { globalPosition: string } }>(
      admin,
      `mutation ($input: EstablishPartnershipInput!) {
        establishPartnership(input: $input) { globalPosition }
      }`,
      {
        input: {
          partnershipId: 'gamma-cpp',
          name: 'gamma Partnership',
          councilArea: 'gamma Islands',
          quorum: { minimumMembersPresent: 1, chairMustAttend: true },
        },
      },
    );
    const globalPosition = appended.data!.establishPartnership.globalPosition;

    const uncovered = await proveInclusion(auditor, { globalPosition });
    const unsigned = await proveInclusion(auditor, { globalPosition, treeSize: '7' });

    expect(codeOf(uncovered)).toBe('RULE_VIOLATED');
    expect(uncovered.errors?.[0]).toMatchObject({
      message: `the event at position ${globalPosition} is not covered by the checkpoint of tree size ${second.treeSize}; ask against a later checkpoint, or once one is signed`,
      extensions: { rule: 'ProvenEventMustBeCheckpointed' },
    });
    expect(unsigned.errors?.[0]).toMatchObject({
      message: 'checkpoint of tree size 7 was not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('refuses arguments that name no event or no pair of trees', async () => {
    const event = eventOf(null);
    const answers = [
      await proveInclusion(auditor, {}),
      await proveInclusion(auditor, {
        globalPosition: event.globalPosition,
        eventId: event.eventId,
      }),
      await proveInclusion(auditor, { globalPosition: '-1' }),
      await proveInclusion(auditor, { eventId: 'not-a-uuid' }),
      await ask(auditor, CONSISTENCY_PROOF, { from: second.treeSize, to: first.treeSize }),
    ];

    expect(answers.map(codeOf)).toEqual(Array(answers.length).fill('VALIDATION_FAILED'));
  });
});

describe('checkpoints on a server without a signing key', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startOnPostgres({ CONCORDAT_CHECKPOINT_INTERVAL_MS: '1000' });
  });
  afterAll(() => api?.stop());

  it('publishes no key, signs nothing, and says why', async () => {
    const admin = await testToken('user:platform-admin', [{ role: 'platform-admin' }]);

    const published = await graphql(
      api.url,
      '{ checkpointPublicKey { keyId } }',
      {},
      { token: null },
    );
    const signed = await graphql(api.url, SIGN, {}, { token: admin });
    const listed = await graphql(api.url, '{ checkpoints { edges { cursor } } }');

    expect(published).toEqual({ data: { checkpointPublicKey: null } });
    expect(signed.errors?.[0]).toMatchObject({
      message:
        'this server has no checkpoint signing key: set CONCORDAT_SIGNING_KEY_FILE (make a key pair with concordat keys generate)',
      extensions: { code: 'RULE_VIOLATED', rule: 'CheckpointsNeedASigningKey' },
    });
    expect(listed).toEqual({ data: { checkpoints: { edges: [] } } });
  });
});

describe('checkpoints signed on a schedule', () => {
  let api: RunningApi;
  let keyDirectory: string;
  beforeAll(async () => {
    keyDirectory = await mkdtemp(join(tmpdir(), 'concordat-checkpoint-keys-'));
    const privateKeyFile = join(keyDirectory, 'checkpoint-signing.key');
    await writeFile(privateKeyFile, key.privateKeyPem);
    api = await startOnPostgres({
      CONCORDAT_SIGNING_KEY_FILE: privateKeyFile,
      CONCORDAT_CHECKPOINT_INTERVAL_MS: '1000',
    });
  });
  afterAll(async () => {
    await api?.stop();
    await rm(keyDirectory, { recursive: true, force: true });
  });

  const treeSizes = async () => {
    const answer = await graphql<{ checkpoints: { edges: { node: { treeSize: string } }[] } }>(
      api.url,
      '{ checkpoints { edges { node { treeSize } } } }',
    );
    return answer.data!.checkpoints.edges.map((edge) => edge.node.treeSize);
  };
  const establish = (partnershipId: string) =>
    graphql(
      api.url,
      'mutation ($input: EstablishPartnershipInput!) { establishPartnership(input: $input) { id } }',
      {
        input: {
          partnershipId,
          name: `${partnershipId} Partnership`,
          councilArea: `${partnershipId} Islands`,
          quorum: { minimumMembersPresent: 1, chairMustAttend: true },
        },
      },
    );
  async function until(condition: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('no checkpoint was signed in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('signs when the log has grown, and only then, publishing the public half of its key', async () => {
    await establish('alpha-cpp');
    await until(async () => (await treeSizes()).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await treeSizes()).toEqual(['1']);

    await establish('beta-cpp');
    await until(async () => (await treeSizes()).length === 2);
    expect(await treeSizes()).toEqual(['1', '2']);
    const published = await graphql(api.url, '{ checkpointPublicKey { publicKeyPem keyId } }');
    expect(published.data).toEqual({
      checkpointPublicKey: { publicKeyPem: key.publicKeyPem, keyId: key.keyId },
    });
  });
});
