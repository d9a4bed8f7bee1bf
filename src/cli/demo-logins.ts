/** The demo status and logins as `akuntabel start` and `akuntabel demo` print them (Indonesian). */
import type { DemoStatus } from '../services/demo/ensure-demo.ts';
import type { OpenedDatabase } from '../store/db.ts';

/** Where the data is, for people: "folder /srv/akuntabel/data (PGlite)" or "PostgreSQL postgres://…". */
export function dataLocation(opened: Pick<OpenedDatabase, 'engine' | 'location'>): string {
  return opened.engine === 'pglite' ? `folder ${opened.location} (PGlite)` : `PostgreSQL ${opened.location}`;
}

const ROLE_LABELS: Readonly<Record<string, string>> = {
  admin: 'admin daerah',
  operator: 'operator dinas',
  kepala: 'kepala dinas',
  evaluator: 'evaluator (Inspektorat)',
  viewer: 'pembaca',
};

/** One line on what happened to the demo data. */
export function demoStatusLine(demo: DemoStatus, location: string): string {
  if (demo.loadedNow)
    return (
      `Data demo ${demo.agencyName} (LKjIP ${String(demo.year)}) dimuat ke ${location}: ` +
      `${demo.rowsWritten.toLocaleString('id-ID')} baris dalam ${(demo.loadMs / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} detik.\n`
    );
  return demo.logins.length > 0
    ? `Data demo sudah dimuat di ${location}; tidak dimuat ulang.\n`
    : `Database di ${location} sudah berisi data (bukan database kosong); data demo tidak dimuat.\n`;
}

/** The table of demo logins, or nothing when there are none. */
export function demoLoginsText(demo: DemoStatus): string {
  if (demo.logins.length === 0) return '';
  const rows = demo.logins.map((l) => [l.username, ROLE_LABELS[l.role] ?? l.role, l.password]);
  const header = ['Nama pengguna', 'Peran', 'Kata sandi'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  const note = demo.loadedNow ? '' : ' (kata sandi bawaan, bila belum diubah)';
  return (
    `\nAkun demo${note} — hanya untuk mencoba; jangan dipakai di tempat lain:\n` +
    [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') +
    '\n'
  );
}
