// Saves a Blob as a download through an <a download>, which needs no permission and works the
// same in every browser.
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the URL once the click's default action ran; a later turn is safe, and 30 s leave
  // a slow disk time to start a large one.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
