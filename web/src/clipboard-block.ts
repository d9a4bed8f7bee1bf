/**
 * A block copied from a spreadsheet (Excel, LibreOffice, Google Sheets): rows
 * end with a line break, cells are separated by tabs; a cell holding a tab,
 * a line break or a quote is quoted ("a""b" is a"b). Cells are trimmed; the
 * numbers are read later, cell by cell, by the page's own reader.
 */
export function readClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === '\t') endCell();
    else if (ch === '\n' || ch === '\r') {
      endCell();
      rows.push(row);
      row = [];
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Whether pasted text is a block of several cells rather than text for one cell. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}
