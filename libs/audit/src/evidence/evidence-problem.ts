import type { BundleFileName } from './evidence-bundle';

/**
 * Something wrong with an evidence bundle, named by the file and, where there is one, the line,
 * proof or checkpoint in it, so that an auditor can find it.
 */
export interface EvidenceProblem {
  readonly file: BundleFileName;
  /** e.g. `line 12 (stream meeting-1 revision 3)`; undefined when the file as a whole is wrong. */
  readonly where?: string;
  readonly reason: string;
}

export function describeEvidenceProblem(problem: EvidenceProblem): string {
  const where = problem.where === undefined ? '' : ` ${problem.where}`;
  return `${problem.file}${where}: ${problem.reason}`;
}
