import { useState, type ChangeEvent } from 'react';

/**
 * Sends the file chosen in an `<input type="file">` and keeps what came back (or the error); the
 * input is cleared afterwards, so the same file can be chosen again after fixing it.
 */
export function useFileUpload<T>(send: (file: File) => Promise<T>, onDone?: (result: T) => void) {
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<T | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setSummary(null);
    setFailure(null);
    try {
      const result = await send(file);
      setSummary(result);
      onDone?.(result);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return { busy, summary, failure, upload };
}
