import { readFileSync } from 'node:fs';

/** Rows of a tab-separated file with one header line (the format of ../shared/data/geo), keyed by column name. */
export function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((line) => line.length > 0);
  const columns = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}
