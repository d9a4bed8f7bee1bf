import type { Command } from 'commander';
import { measureReport } from '../../domain/report-data/measure-report.ts';
import { EXIT, type CliContext } from '../main.ts';
import { renderMeasurement } from '../measurement-table.ts';
import { readReportFile } from '../read-report-file.ts';
import { localeOption, parseLocale } from '../locale-option.ts';

/** `akuntabel measure FILE [--json]`: everything the engine computes from a report-data file. */
export function registerMeasure(program: Command, { io, setExit }: CliContext): void {
  program
    .command('measure')
    .description('Menghitung capaian, predikat, rata-rata dan anggaran dari berkas akuntabel/report-data@1')
    .argument('<file>', 'berkas report-data (JSON)')
    .option('--json', 'keluaran JSON (angka presisi penuh)')
    .addOption(localeOption())
    .action(async (file: string, options: { json?: boolean; lang: string }) => {
      const read = await readReportFile(file);
      if (!read.ok) {
        io.err(`${read.message}\n`);
        setExit(EXIT.invalid);
        return;
      }
      const measurement = measureReport(read.data);
      io.out(
        options.json
          ? `${JSON.stringify(measurement, null, 2)}\n`
          : renderMeasurement(measurement, parseLocale(options.lang)),
      );
      setExit(EXIT.ok);
    });
}
