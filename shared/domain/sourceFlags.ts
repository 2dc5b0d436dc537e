import type { SourceFlag } from './types.ts';

/** Every flag a source value can carry, in the order the UI lists them. */
export const sourceFlags: readonly SourceFlag[] = ['rebuilt', 'analyst', 'probable', 'inconsistent'];

/** The known flags among `values` (anything else, from a doc or a file, is dropped). */
export function knownSourceFlags(values: readonly unknown[]): SourceFlag[] {
  return sourceFlags.filter((flag) => values.includes(flag));
}
