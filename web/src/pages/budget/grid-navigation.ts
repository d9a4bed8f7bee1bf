/**
 * Moving between the cells of an entry table with the keyboard, and where a
 * pasted block lands. Each cell's input carries its place: `data-row` (the
 * entry row, in the order shown), `data-col` and `data-span` (the columns it
 * covers) and `data-key` (the cell's key). Folded rows are not rendered, so
 * they are skipped.
 */

type Place = { input: HTMLInputElement; row: number; col: number; span: number; key: string };

function placesOf(table: HTMLElement): Place[] {
  return [...table.querySelectorAll<HTMLInputElement>('input[data-row]')].map((input) => ({
    input,
    row: Number(input.dataset.row),
    col: Number(input.dataset.col),
    span: Number(input.dataset.span ?? 1),
    key: input.dataset.key ?? '',
  }));
}

function placeOf(input: HTMLInputElement): Pick<Place, 'row' | 'col' | 'span'> {
  return {
    row: Number(input.dataset.row),
    col: Number(input.dataset.col),
    span: Number(input.dataset.span ?? 1),
  };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The input to move to from `from`, or null at the edge. */
export function neighbour(
  table: HTMLElement,
  from: HTMLInputElement,
  direction: Direction,
): HTMLInputElement | null {
  const here = placeOf(from);
  const places = placesOf(table);
  if (direction === 'left' || direction === 'right') {
    const row = places.filter((p) => p.row === here.row).sort((a, b) => a.col - b.col);
    const candidates =
      direction === 'left'
        ? row.filter((p) => p.col < here.col).reverse()
        : row.filter((p) => p.col > here.col);
    return candidates[0]?.input ?? null;
  }
  const rows = [...new Set(places.map((p) => p.row))].sort((a, b) => a - b);
  const ordered =
    direction === 'down' ? rows.filter((r) => r > here.row) : rows.filter((r) => r < here.row).reverse();
  for (const row of ordered) {
    const cells = places.filter((p) => p.row === row);
    const covering = cells.find((p) => p.col <= here.col && here.col < p.col + p.span);
    if (covering) return covering.input;
  }
  return null;
}

/** Focuses an input and selects its text, so typing replaces it (as in a spreadsheet). */
export function focusCell(input: HTMLInputElement | null): void {
  if (!input) return;
  input.focus();
  input.select();
}

/**
 * Where a pasted block goes: its first cell on `from`, its rows on the entry
 * rows shown below, its columns on the cells that follow in each row. Empty
 * pasted cells leave their cell as it is; values beyond the table are counted.
 */
export function pasteTargets(
  table: HTMLElement,
  from: HTMLInputElement,
  block: readonly (readonly string[])[],
): { entries: [string, string][]; skipped: number } {
  const here = placeOf(from);
  const places = placesOf(table);
  const rows = [...new Set(places.map((p) => p.row))].filter((r) => r >= here.row).sort((a, b) => a - b);
  const entries: [string, string][] = [];
  let skipped = 0;
  block.forEach((values, r) => {
    const row = rows[r];
    const cells =
      row === undefined
        ? []
        : places.filter((p) => p.row === row && p.col + p.span > here.col).sort((a, b) => a.col - b.col);
    values.forEach((text, c) => {
      if (text === '') return;
      const cell = cells[c];
      if (cell) entries.push([cell.key, text]);
      else skipped += 1;
    });
  });
  return { entries, skipped };
}
