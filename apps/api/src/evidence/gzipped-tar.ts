import { gzipSync } from 'node:zlib';

/** One regular file of an archive. */
export interface ArchivedFile {
  readonly name: string;
  readonly content: string;
}

const BLOCK = 512;

/**
 * A gzip'd POSIX ustar archive of regular files in one directory, what `tar -xzf` unpacks on any
 * system. Evidence bundles are a handful of files, so the archive is built in memory. Names are
 * ASCII: the directory goes in the header's 155-byte prefix, each file's name in its 100 bytes.
 */
export function gzippedTar(
  directory: string,
  files: readonly ArchivedFile[],
  modifiedAt: Date,
): Buffer {
  const blocks = files.flatMap((file) => {
    const content = Buffer.from(file.content, 'utf8');
    const padding = Buffer.alloc((BLOCK - (content.length % BLOCK)) % BLOCK);
    return [header(directory, file.name, content.length, modifiedAt), content, padding];
  });
  // Two empty blocks end the archive.
  return gzipSync(Buffer.concat([...blocks, Buffer.alloc(2 * BLOCK)]));
}

function header(directory: string, name: string, size: number, modifiedAt: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  const put = (offset: number, length: number, text: string) =>
    block.write(text, offset, length, 'ascii');
  const octal = (offset: number, length: number, value: number) =>
    put(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  put(0, 100, printable(name, 100));
  octal(100, 8, 0o644); // mode
  octal(108, 8, 0); // uid
  octal(116, 8, 0); // gid
  octal(124, 12, size);
  octal(136, 12, Math.floor(modifiedAt.getTime() / 1000));
  put(148, 8, ' '.repeat(8)); // the checksum counts its own field as spaces
  put(156, 1, '0'); // a regular file
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(345, 155, printable(directory, 155));
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  put(148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** A name as the header holds it, or a refusal rather than a name cut short or garbled. */
function printable(text: string, length: number): string {
  if (text.length === 0 || text.length > length || /[^\x20-\x7e]/.test(text)) {
    throw new Error(
      `cannot archive ${JSON.stringify(text)}: names are up to ${length} ASCII bytes`,
    );
  }
  return text;
}
