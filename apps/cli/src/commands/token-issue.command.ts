import type { Command } from 'commander';
import { parseGrant } from '@concordat/access-control';
import { loadConfig } from '@concordat/config';
import { issueToken, signingKey } from '@concordat/identity';
import type { CliOutput } from '../cli-output';

interface IssueOptions {
  readonly actor: string;
  readonly role: string;
  readonly partnership?: string;
  readonly partner?: string;
  readonly expiresIn: string;
}

/**
 * `concordat token issue`: signs a bearer token with the configured key, for an operator to hand
 * to a person. It prints the token alone, so it can be captured by a script.
 */
export function registerTokenCommands(program: Command, output: CliOutput): void {
  program
    .command('token')
    .description('bearer tokens for the API')
    .command('issue')
    .description('issue a token for one actor and role')
    .requiredOption('--actor <actor>', 'who the token identifies, e.g. user:jane.doe')
    .requiredOption(
      '--role <role>',
      'platform-admin, government-official, auditor, public, partnership-officer, partner-representative, board-chair or board-member',
    )
    .option('--partnership <id>', "the partnership a partnership role is held in ('*' for all)")
    .option('--partner <id>', 'the partner a partner representative speaks for')
    .option('--expires-in <span>', 'lifetime, e.g. 8h, 30d', '8h')
    .action(async (options: IssueOptions) => {
      const config = loadConfig();
      const grant = parseGrant({
        role: options.role,
        partnershipId: options.partnership,
        partnerId: options.partner,
      });
      const token = await issueToken(
        { actor: options.actor, grants: [grant], expiresIn: options.expiresIn },
        await signingKey(config),
        config.auth,
      );
      output.info(token);
    });
}
