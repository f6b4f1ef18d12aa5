/** The command line's JSON Lines as records, without what differs run to run (timings). */
export function jsonlRecords<T = Record<string, unknown>>(out: string): T[] {
  return out
    .trim()
    .split('\n')
    .map((l) => {
      const { timings: _t, ...rest } = JSON.parse(l) as Record<string, unknown>;
      return rest as T;
    });
}
