/** An evidence bundle that cannot be exported as asked; the message says why and what to do. */
export class EvidenceExportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceExportRefused';
  }
}
