import { toStockholmIso } from '@samverkan/shared/util-dates';

/**
 * A published version as the programme's JSON text, without parsing its snapshot: the snapshot is a
 * JSON object, and the version's number and time go in front of its own fields.
 */
export function programmeText(version: number, publishedAt: Date, snapshotText: string): string {
  if (!snapshotText.startsWith('{') || snapshotText === '{}') throw new Error('A programme snapshot is a JSON object with fields.');
  return `{"version":${version},"publishedAt":${JSON.stringify(toStockholmIso(publishedAt))},${snapshotText.slice(1)}`;
}
