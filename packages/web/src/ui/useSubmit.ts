import { useState } from 'react';

/** A form's request: whether it runs, what it threw, and whether it succeeded last. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    setDone(false);
    try {
      await action();
      setDone(true);
    } catch (error) {
      setFailure(error);
    }
    setBusy(false);
  };
  return { busy, failure, done, run };
}
