/**
 * `check`: compares every value a report printed with the engine's, at the
 * precision the report printed, and lists what disagrees; then what the
 * report says in words (`narrative`) against its tables. A correct report
 * yields no findings.
 */
import type { Locale } from '../numbers.ts';
import { checkBudget } from './check-budget.ts';
import { FindingCollector } from './check-context.ts';
import { checkNarrative } from './check-narrative.ts';
import { checkPerformance } from './check-performance.ts';
import type { Finding } from './findings.ts';
import { capaianPolicyOf, measureReport } from './measure-report.ts';
import { resolveReportScale } from './report-scale.ts';
import type { ReportData } from './schema.ts';

export function checkReport(data: ReportData, options: { locale?: Locale } = {}): Finding[] {
  const collector = new FindingCollector(options.locale ?? 'id');
  const measurement = measureReport(data);
  checkPerformance(collector, data, measurement, resolveReportScale(data.scale), capaianPolicyOf(data));
  checkBudget(collector, data);
  checkNarrative(collector, data, measurement, [...collector.findings]);
  return collector.findings;
}
