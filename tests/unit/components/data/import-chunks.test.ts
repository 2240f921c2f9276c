import { describe, expect, it } from 'vitest';
import { chunkTable } from '../../../../components/data/import-chunks';

const table = (rows: string[][], problems: { row: number; reason: string }[] = []) => ({ headers: ['Name', 'Secret', 'Notes'], rows, problems });
const mapping = { mode: 'columns' as const, targets: ['name' as const, 'ignore' as const, 'notes' as const] };

describe('chunkTable', () => {
  it('numbers chunks as the file does and splits them by rows and by characters', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`P${i}`, 'x', 'n'.repeat(i === 4 ? 50 : 1)]);
    const chunks = [...chunkTable(table(rows, [{ row: 6, reason: 'ragged row' }]), mapping, { maxRows: 3, maxChars: 40 })];
    expect(chunks.map((c) => [c.firstRow, c.rows.length])).toEqual([[2, 3], [5, 2], [7, 2]]);
    expect(chunks[1]!.problems).toEqual([{ row: 6, reason: 'ragged row' }]);
  });

  it('sends ignored cells empty and turns an oversized mapped cell into its row’s problem', () => {
    const huge = 'x'.repeat(100_001);
    const [chunk, ...rest] = [...chunkTable(table([['Åsa', huge, 'ok'], ['Bo', 'x', huge]]), mapping)];
    expect(rest).toEqual([]);
    expect(chunk!.rows).toEqual([['Åsa', '', 'ok'], ['Bo', '', '']]);
    expect(chunk!.problems).toEqual([{ row: 3, reason: 'the cell in column “Notes” has 100,001 characters; the limit is 100,000' }]);
  });

  it('gives one empty chunk for a file without rows, so the plan still answers', () => {
    expect([...chunkTable(table([]), { mode: 'pipewell' })]).toEqual([{ firstRow: 2, rows: [], problems: [] }]);
  });
});
