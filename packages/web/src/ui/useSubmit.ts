import { useState } from 'react';

/** A form's request: whether it runs, what it threw, and whether it succeeded last (`changed()`: the form was edited since, so it did not). */
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
  const changed = () => setDone(false);
  return { busy, failure, done, run, changed };
}
