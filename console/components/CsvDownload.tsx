/**
 * @module A CSV export button. The file is fetched first, so a failure (a session that ended, a
 * refused filter) shows in the page instead of as a broken download, then kept as a Blob and
 * handed to the browser through a temporary `<a download>`; a blob: URL is not something the CSP governs.
 */
import { useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import { ApiFailure } from '../api/failure';
import { useAnnounce } from '../announcer';

interface CsvDownloadProps {
  readonly api: ConsoleApi;
  /** Path under /api/v1/console, with its query. */
  readonly path: string;
  readonly fallbackName: string;
  readonly label: string;
}

export function CsvDownload({ api, path, fallbackName, label }: CsvDownloadProps) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const download = async () => {
    setBusy(true);
    setProblem('');
    try {
      const { blob, filename } = await api.download(path, fallbackName);
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: filename });
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file by the next task; the URL would otherwise hold it in memory.
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      announce(`Download gestart: ${filename}`);
    } catch (error) {
      const message = error instanceof ApiFailure ? error.message : 'Downloaden lukte niet.';
      setProblem(message);
      announce(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="csv-download">
      <button type="button" class="secondary" onClick={download} disabled={busy}>
        {busy ? 'Bezig met downloaden…' : label}
      </button>
      {problem && <p class="error">{problem}</p>}
    </div>
  );
}
