// The one place that hands the user a file: a Blob URL clicked through an
// <a download>. Design files use it now; image and .drawio exports reuse it.

/** Long enough for the browser to start reading the Blob; revoking at once cancels some downloads. */
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
