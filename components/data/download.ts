/**
 * Saves text as a file the user downloads: a Blob (built from parts, so a long export is never
 * joined into one string), an object URL and a temporary `<a download>`.
 */
export function saveFile(parts: readonly string[], filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the Blob; the URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
