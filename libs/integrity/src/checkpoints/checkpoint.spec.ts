import { type Checkpoint, checkpointBytes, checkpointFieldProblem } from './checkpoint';

const checkpoint: Checkpoint = {
  treeSize: '1024',
  rootHash: 'ab'.repeat(32),
  issuedAt: '2012-03-31T23:59:59.000Z',
  keyId: '0123456789abcdef',
};

describe('checkpoint fields', () => {
  it('accepts a well-formed checkpoint, an empty tree included', () => {
    expect(checkpointFieldProblem(checkpoint)).toBeUndefined();
    expect(checkpointFieldProblem({ ...checkpoint, treeSize: '0' })).toBeUndefined();
    expect(
      checkpointFieldProblem({ ...checkpoint, treeSize: '18446744073709551616' }),
    ).toBeUndefined();
  });

  it.each([
    ['treeSize', '-1', 'treeSize is not a decimal integer'],
    ['treeSize', '007', 'treeSize is not a decimal integer'],
    ['treeSize', '1e3', 'treeSize is not a decimal integer'],
    ['rootHash', 'AB'.repeat(32), 'rootHash is not a SHA-256 hash'],
    ['rootHash', 'ab', 'rootHash is not a SHA-256 hash'],
    ['issuedAt', '2012-03-31', 'issuedAt is not an ISO 8601 instant'],
    ['issuedAt', '2012-03-31T23:59:59Z', 'issuedAt is not an ISO 8601 instant'],
    ['issuedAt', '2012-02-30T00:00:00.000Z', 'issuedAt is not an ISO 8601 instant'],
    ['keyId', '0123456789ABCDEF', 'keyId is not 16 hex characters'],
    ['keyId', '0123', 'keyId is not 16 hex characters'],
  ])('refuses %s %j, which has another spelling or none', (field, value, problem) => {
    expect(checkpointFieldProblem({ ...checkpoint, [field]: value })).toBe(problem);
  });

  it('refuses a field that is not text, as JSON read from a file may have it', () => {
    const numeric = { ...checkpoint, treeSize: 1024 } as unknown as Checkpoint;
    expect(checkpointFieldProblem(numeric)).toBe('treeSize is not a decimal integer');
  });
});

describe('the bytes a checkpoint signature covers', () => {
  it('are the canonical JSON of the four fields', () => {
    expect(checkpointBytes(checkpoint).toString('utf8')).toBe(
      `{"issuedAt":"2012-03-31T23:59:59.000Z","keyId":"0123456789abcdef","rootHash":"${'ab'.repeat(32)}","treeSize":"1024"}`,
    );
  });

  it('ignore any other field the checkpoint carries, its signature included', () => {
    const stored = { ...checkpoint, signature: 'cd'.repeat(64), position: 7 };
    expect(checkpointBytes(stored)).toEqual(checkpointBytes(checkpoint));
  });
});
