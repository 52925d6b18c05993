import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Which Concordat wrote something, for the record: the version in the package.json of the
 * checkout or installation this code runs from, found by walking up from here, since the compiled
 * code sits deeper in dist/ than the sources do.
 */
export function toolVersion(): string {
  for (let directory = __dirname; ; directory = dirname(directory)) {
    const found = readPackage(join(directory, 'package.json'));
    if (found?.name === 'concordat' && typeof found.version === 'string') {
      return `concordat ${found.version}`;
    }
    if (dirname(directory) === directory) return 'concordat (version unknown)';
  }
}

function readPackage(path: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
