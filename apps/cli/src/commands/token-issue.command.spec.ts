import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@concordat/config';
import { verificationKeys, verifyToken } from '@concordat/identity';
import { runCli } from '../testing/run-cli';

describe('concordat token issue', () => {
  it('prints a token the server accepts, carrying the actor and role', async () => {
    const env = { CONCORDAT_DATA_DIR: await mkdtemp(join(tmpdir(), 'concordat-token-')) };
    const [token] = await runCli(
      [
        'token',
        'issue',
        '--actor',
        'user:jane',
        '--role',
        'board-chair',
        '--partnership',
        'orkney-cpp',
      ],
      env,
    );

    const config = loadConfig(env);
    await expect(verifyToken(token!, await verificationKeys(config), config.auth)).resolves.toEqual(
      {
        kind: 'user',
        actor: 'user:jane',
        grants: [{ role: 'board-chair', partnershipId: 'orkney-cpp' }],
      },
    );
  });

  it('refuses a grant that makes no sense, saying why', async () => {
    const env = { CONCORDAT_DATA_DIR: await mkdtemp(join(tmpdir(), 'concordat-token-')) };
    await expect(
      runCli(
        [
          'token',
          'issue',
          '--actor',
          'user:jane',
          '--role',
          'partner-representative',
          '--partnership',
          'orkney-cpp',
        ],
        env,
      ),
    ).rejects.toThrow('a partner representative names the one partner it speaks for');
    await expect(
      runCli(['token', 'issue', '--actor', 'user:jane', '--role', 'root'], env),
    ).rejects.toThrow('unknown role "root"');
  });
});
