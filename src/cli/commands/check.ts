import type { Command } from 'commander';
import { checkReport } from '../../domain/report-data/check-report.ts';
import { EXIT, type CliContext } from '../main.ts';
import { readReportFile } from '../read-report-file.ts';
import { localeOption, parseLocale } from '../locale-option.ts';

/** `akuntabel check FILE [--json]`: compares what a report printed with what the engine computes. */
export function registerCheck(program: Command, { io, setExit }: CliContext): void {
  program
    .command('check')
    .description(
      'Memeriksa angka yang dicetak laporan terhadap hasil hitung (keluar 0 bersih, 1 ada temuan, 2 berkas tidak sah)',
    )
    .argument('<file>', 'berkas report-data (JSON)')
    .option('--json', 'keluaran JSON')
    .addOption(localeOption())
    .action(async (file: string, options: { json?: boolean; lang: string }) => {
      const read = await readReportFile(file);
      if (!read.ok) {
        io.err(`${read.message}\n`);
        setExit(EXIT.invalid);
        return;
      }
      const locale = parseLocale(options.lang);
      const findings = checkReport(read.data, { locale });
      if (options.json) {
        io.out(`${JSON.stringify({ findings }, null, 2)}\n`);
      } else if (findings.length === 0) {
        io.out(
          locale === 'id'
            ? 'Tidak ada temuan: semua angka tercetak sesuai hasil hitung.\n'
            : 'No findings: every printed number agrees with the computed one.\n',
        );
      } else {
        const head = locale === 'id' ? `${findings.length} temuan:` : `${findings.length} findings:`;
        const lines = findings.map((f, i) => {
          const where = f.lines ? ` (${locale === 'id' ? 'baris' : 'line'} ${f.lines.join(', ')})` : '';
          return `${i + 1}. [${f.kind}] ${f.path}${where}\n   ${f.message}`;
        });
        io.out(`${head}\n${lines.join('\n')}\n`);
      }
      setExit(findings.length === 0 ? EXIT.ok : EXIT.findings);
    });
}
