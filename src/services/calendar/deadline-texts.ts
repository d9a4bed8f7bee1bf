/** Shared pieces of the reporting calendar: how a deadline is named and returned. */
import type { DeadlineKind } from '../../store/schema/workflow.ts';
import type { reportingDeadline } from '../../store/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { ServiceContext } from '../context.ts';

export const DEADLINE_TEXTS = { id: 'Tenggat pelaporan', en: 'Reporting deadline' };
export const LOCK_TEXTS = { id: 'Kunci periode', en: 'Period lock' };

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "realisasi TW II 2024", "Perjanjian Kinerja 2024", "LKjIP 2024". */
export function deadlineLabel(
  kind: DeadlineKind,
  year: number,
  periodNo: number | null,
): { id: string; en: string } {
  switch (kind) {
    case 'realisation_quarter': {
      const tw = ROMAN[(periodNo ?? 1) - 1] ?? String(periodNo);
      return { id: `realisasi TW ${tw} ${year}`, en: `realisations of Q${String(periodNo)} ${year}` };
    }
    case 'pk':
      return { id: `Perjanjian Kinerja ${year}`, en: `Performance Agreement (PK) ${year}` };
    case 'lkjip':
      return { id: `LKjIP ${year}`, en: `LKjIP ${year}` };
  }
}

/** Where in the web app the work of a deadline is done. */
export function deadlineLink(kind: DeadlineKind, year: number, periodNo: number | null): string {
  switch (kind) {
    case 'realisation_quarter':
      return `/realisasi?tahun=${year}&tw=${String(periodNo)}`;
    case 'pk':
      return `/perjanjian-kinerja?tahun=${year}`;
    case 'lkjip':
      return `/lkjip?tahun=${year}`;
  }
}

export type DeadlineRow = typeof reportingDeadline.$inferSelect;

export type DeadlineResult = {
  id: string;
  regionId: string;
  year: number;
  kind: DeadlineKind;
  periodNo: number | null;
  dueDate: string;
  dueAt: Date;
  reminderWorkingDays: number;
  graceDays: number;
  version: number;
};

export function deadlineResult(row: DeadlineRow): DeadlineResult {
  return {
    id: row.id,
    regionId: row.regionId,
    year: row.year,
    kind: row.kind,
    periodNo: row.periodNo,
    dueDate: row.dueDate,
    dueAt: row.dueAt,
    reminderWorkingDays: row.reminderWorkingDays,
    graceDays: row.graceDays,
    version: row.version,
  };
}

/** The calendar is the region's: anyone of the region may read it. */
export function authorizeRegionRead(ctx: ServiceContext, regionId: string): void {
  if (ctx.actor.regionId !== regionId) throw forbidden();
}
