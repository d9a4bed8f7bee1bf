/**
 * Demo loading, report text and settings: the narratives of the report year
 * and how the region measures.
 */
import * as s from '../../store/schema/index.ts';
import type { UnitTask } from './demo-organisation.ts';
import { byId, type DemoLoad } from './demo-writer.ts';

/** Narratives of the report year. */
export async function loadNarratives(
  { w, bundle }: DemoLoad,
  {
    agencyId,
    unitTasks,
    sasaranIds,
  }: { agencyId: string; unitTasks: UnitTask[]; sasaranIds: Map<string, string> },
): Promise<void> {
  const year = bundle.year;
  const n = bundle.narratives;
  const numbered = (items: readonly { text: string }[]) =>
    items.map((item, i) => `${String(i + 1)}. ${item.text}`).join('\n');
  const narrativeRows: (typeof s.narrative.$inferInsert)[] = [
    { agencyId, year, section: 'ikhtisar_eksekutif', body: n.ikhtisar.text },
    { agencyId, year, section: 'bab1.latar_belakang', body: n.latarBelakang.text },
    { agencyId, year, section: 'bab1.tugas_fungsi', body: n.tugasFungsi.text },
    ...unitTasks.flatMap(({ unit }) =>
      unit.task === null
        ? []
        : [
            {
              agencyId,
              year,
              section: `bab1.tugas_fungsi.${unit.id.replaceAll('-', '_')}`,
              body: `${unit.name}: ${unit.task.text}`,
            },
          ],
    ),
    { agencyId, year, section: 'bab1.isu_strategis', body: numbered(n.isuStrategis) },
    ...n.perSasaran.flatMap((p) =>
      (
        [
          ['analisis', p.analysis],
          ['solusi', p.solutions],
          ['langkah_ke_depan', p.nextSteps],
        ] as const
      ).flatMap(([topic, excerpt]) =>
        excerpt === null
          ? []
          : [
              {
                agencyId,
                year,
                section: 'bab3.analisis_sasaran',
                sasaranStrategisId: sasaranIds.get(p.sasaranId)!,
                topic,
                body: excerpt.text,
              },
            ],
      ),
    ),
    { agencyId, year, section: 'bab4.kesimpulan', body: n.kesimpulan.text },
    {
      agencyId,
      year,
      section: 'bab4.langkah_ke_depan',
      topic: 'langkah_ke_depan',
      body: numbered(n.langkahKeDepan),
    },
  ];
  await w.insert(s.narrative, 'narrative', narrativeRows, byId);
}

/** How the region measures: the scale the report uses. */
export async function loadMeasurementSetting({ w, bundle }: DemoLoad, regionId: string): Promise<void> {
  const renstra = bundle.renstra;
  await w.insert(
    s.measurementSetting,
    'measurement_setting',
    [
      {
        regionId,
        fromYear: renstra.period.start,
        scalePreset: 'permendagri_86_2017',
        sasaranAggregation: 'mean',
        negativeFormula: 'two_minus_ratio',
      },
    ],
    (row) => ({ entityId: row.id, agencyId: null }),
  );
}
