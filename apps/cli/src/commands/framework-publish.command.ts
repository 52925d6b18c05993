import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { systemPrincipal } from '@concordat/access-control';
import { FrameworkVersionCommandMessage } from '@concordat/application';
import { parseFrameworkDocument, type PublishFrameworkVersion } from '@concordat/domain';
import { canonicalJson } from '@concordat/shared-kernel';
import { sha256Hex } from '@concordat/event-store';
import { withApplication } from '../cli-application';
import type { CliOutput } from '../cli-output';
import { cliCommandMetadata } from '../command-metadata';

/** An operator on the host, with access to the database, acts as Concordat itself. */
const OPERATOR = systemPrincipal('system:cli');

/**
 * `concordat framework publish FILE`: publishes a national framework version from a JSON or YAML
 * document. Publishing the same document again is recognised and changes nothing.
 */
export function registerFrameworkCommands(program: Command, output: CliOutput): void {
  const framework = program.command('framework').description('national framework versions');
  framework
    .command('publish')
    .description('publish a national framework version from a JSON or YAML file')
    .argument('<file>', 'the framework document (.json, .yaml or .yml)')
    .option('--actor <identity>', 'who is publishing (recorded on the event)')
    .action(async (file: string, options: { actor?: string }) => {
      const text = await readFile(file, 'utf8');
      const data = parseFrameworkDocument(
        file.endsWith('.json') ? JSON.parse(text) : parseYaml(text),
      );
      const command: PublishFrameworkVersion = {
        type: 'PublishFrameworkVersion',
        data,
        metadata: cliCommandMetadata(
          options.actor,
          `framework-publish:${sha256Hex(canonicalJson(data))}`,
        ),
      };
      const outcome = await withApplication((bus) =>
        bus.execute(new FrameworkVersionCommandMessage(command, OPERATOR)),
      );
      const outcomes = data.nationalOutcomes.length;
      output.info(
        outcome.alreadyHandled
          ? `framework version ${data.frameworkVersionId} was already published; nothing changed`
          : `published framework version ${data.frameworkVersionId} (${data.label}): ${outcomes} national outcomes, at position ${outcome.positions[0]}`,
      );
    });
}
