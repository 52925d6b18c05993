/** A checkpoint that must not be issued; the message says why and what to do. */
export class CheckpointRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointRefused';
  }
}
