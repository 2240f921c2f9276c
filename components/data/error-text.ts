/** The background's sentence without the message name it is prefixed with ("io.restore: …"). */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^[a-z]+\.[a-zA-Z]+: /, '');
}
