/** A failure the other side reported, with its message intact. */
export class PipewellError extends Error {
  override name = 'PipewellError';
}
