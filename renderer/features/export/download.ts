/** Offers `text` to the user as a file named `fileName`, the way a browser saves a download. */
export function downloadText(text: string, fileName: string, type = 'text/html'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the save synchronously; the URL is released once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
