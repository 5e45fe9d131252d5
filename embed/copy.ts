/**
 * @module Copy buttons for the code blocks. The clipboard API needs a secure context and the
 * user's permission; where it is missing or refused, the code is selected instead, so that
 * Ctrl+C (or the context menu) copies it.
 */

function select(code: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(code);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies the text of `code` and reports the outcome in `status` (a live region). */
export async function copyCode(code: HTMLElement, what: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = `${what} gekopieerd.`;
  } catch {
    select(code);
    status.textContent = `Kopiëren lukte niet automatisch. De ${what} is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).`;
  }
}
