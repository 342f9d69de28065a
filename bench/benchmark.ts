/** What a benchmark module in this folder exports by default. */
export interface Benchmark {
  name: string;
  /** Measures, printing each figure beside its baseline from the same run. */
  run: (print: (line: string) => void) => Promise<void> | void;
}
