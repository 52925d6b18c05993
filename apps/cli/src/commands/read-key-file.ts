import { readFile } from 'node:fs/promises';

/** A checkpoint key named by a setting, which must be set. */
export async function readKeyFile(file: string | undefined, variable: string): Promise<string> {
  if (file === undefined) {
    throw new Error(
      `${variable} is not set; make a key pair with: concordat keys generate --out DIR`,
    );
  }
  return readFile(file, 'utf8');
}
