import { useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  /** The last value loaded (kept while a reload runs). */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads `load()` when the component mounts and whenever `key` changes; an answer that arrives
 * after the key changed (or the component left) is dropped.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string; data?: T; error: unknown; loading: boolean }>({
    key,
    error: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({
      key,
      // Data for another key is not shown while the new one loads.
      data: previous.key === key ? previous.data : undefined,
      error: null,
      loading: true,
    }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, error, loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure every render; `key` names what it loads.
  }, [key, generation]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
