/** Saves a blob as a file through a temporary `blob:` link (allowed by the page's policy). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // The download holds its own reference by now; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
