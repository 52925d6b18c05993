import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_FILES,
  type BundleFileName,
  type EvidenceBundle,
  type EvidenceBundleFiles,
} from '@concordat/audit';

const FILE_NAMES: readonly BundleFileName[] = Object.values(BUNDLE_FILES);

/**
 * Refuses a directory that already holds a bundle's file: evidence once handed over is never
 * overwritten, and a bundle mixed from two exports would not verify. Checked before the log is
 * read, and again before writing.
 */
export async function refuseBundleIn(directory: string): Promise<void> {
  const present = await readdir(directory).catch(() => [] as string[]);
  const clashing = FILE_NAMES.filter((name) => present.includes(name));
  if (clashing.length > 0) {
    throw new Error(
      `${directory} already holds ${clashing.join(', ')}; a bundle is never overwritten: ` +
        'choose another --out',
    );
  }
}

export async function writeBundleDirectory(
  directory: string,
  bundle: EvidenceBundle,
): Promise<void> {
  await mkdir(directory, { recursive: true });
  await refuseBundleIn(directory);
  for (const name of FILE_NAMES) {
    await writeFile(join(directory, name), bundle[name], { flag: 'wx' });
  }
}

/** The bundle's files as bytes, each exactly as on disk; a missing file is left out. */
export async function readBundleDirectory(directory: string): Promise<EvidenceBundleFiles> {
  const directoryStat = await stat(directory).catch(() => undefined);
  if (!directoryStat?.isDirectory()) {
    throw new Error(`${directory} is not a directory; give --bundle the directory of a bundle`);
  }
  const files: Partial<Record<BundleFileName, Buffer>> = {};
  for (const name of FILE_NAMES) {
    try {
      files[name] = await readFile(join(directory, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return files;
}
