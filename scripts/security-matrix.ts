// Writes the role matrix into docs/security.md, between its markers, from COMMAND_POLICY and
// OPERATION_POLICY: the tables the handlers and resolvers enforce, so the guide cannot drift from the code. `--check` fails
// (exit 1) when the committed matrix is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  COMMAND_POLICY,
  mutationNameOf,
  OPERATION_POLICY,
  ROLES,
  type CommandType,
  type Operation,
  type PermissionCondition,
  type Role,
} from '@concordat/access-control';

const target = join(__dirname, '..', 'docs', 'security.md');
const START = '<!-- matrix:start -->';
const END = '<!-- matrix:end -->';

function matrix(): string {
  const conditions: PermissionCondition[] = [];
  const mark = (condition: PermissionCondition | undefined) => {
    if (condition === undefined) return '✓';
    if (!conditions.includes(condition)) conditions.push(condition);
    return `✓ if (${conditions.indexOf(condition) + 1})`;
  };
  const rows = (Object.keys(COMMAND_POLICY) as CommandType[]).map((type) => {
    const cells = ROLES.map((role) => {
      const permission = COMMAND_POLICY[type].find((candidate) => candidate.role === role);
      return permission ? mark(permission.when) : '';
    });
    return `| \`${mutationNameOf(type)}\` | ${cells.join(' | ')} |`;
  });
  const operations = (Object.keys(OPERATION_POLICY) as Operation[]).map((operation) => {
    const allowed: readonly Role[] = OPERATION_POLICY[operation];
    const cells = ROLES.map((role) => (allowed.includes(role) ? '✓' : ''));
    return `| \`${operation}\` | ${cells.join(' | ')} |`;
  });
  return [
    '_Written from `COMMAND_POLICY` and `OPERATION_POLICY` by `npm run docs:security`; CI fails when it is out of date._',
    '',
    `| mutation | ${ROLES.join(' | ')} |`,
    `| --- | ${ROLES.map(() => '---').join(' | ')} |`,
    ...rows,
    ...operations,
    '',
    ...conditions.map((condition, index) => `${index + 1}. only when the caller ${condition}`),
  ].join('\n');
}

/** The guide with its matrix section rewritten, formatted as the repository's Prettier would. */
async function rewritten(current: string): Promise<string> {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`${relative(process.cwd(), target)} has no ${START} ... ${END} section`);
  }
  const options = await resolveConfig(target);
  const section = await format(matrix(), { ...options, parser: 'markdown' });
  return `${current.slice(0, start + START.length)}\n\n${section}\n${current.slice(end)}`;
}

async function main(): Promise<void> {
  const current = readFileSync(target, 'utf8');
  const text = await rewritten(current);
  const name = relative(process.cwd(), target);
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`the role matrix in ${name} is out of date: run \`npm run docs:security\``);
      process.exit(1);
    }
    console.info(`the role matrix in ${name} is current`);
  } else {
    writeFileSync(target, text);
    console.info(`wrote the role matrix in ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
