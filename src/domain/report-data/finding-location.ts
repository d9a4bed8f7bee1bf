/**
 * A finding's path (`budget.items[1.06.04].children[1.06.04.2.01].realisasi`)
 * in words for a reviewer's worksheet: "Anggaran 1.06.04.2.01 — realisasi".
 */
import type { Locale } from '../numbers.ts';

const FIELD: Record<string, { id: string; en: string }> = {
  realisasi: { id: 'realisasi', en: 'realisation' },
  target: { id: 'target', en: 'target' },
  'target.min': { id: 'target (batas bawah)', en: 'target (lower bound)' },
  'target.max': { id: 'target (batas atas)', en: 'target (upper bound)' },
  pagu: { id: 'pagu', en: 'budget' },
  paguMurni: { id: 'pagu murni', en: 'original budget' },
  'printed.capaian': { id: 'capaian tercetak', en: 'printed achievement' },
  'printed.predikat': { id: 'predikat tercetak', en: 'printed category' },
  'printed.persen': { id: '% tercetak', en: 'printed %' },
  'printed.average': { id: 'rata-rata capaian tercetak', en: 'printed average' },
  'printed.averageLabel': { id: 'label rata-rata', en: 'label of the average' },
  'printed.terbilang.pagu': { id: 'terbilang pagu', en: 'budget in words' },
  'printed.terbilang.paguMurni': { id: 'terbilang pagu murni', en: 'original budget in words' },
  'printed.terbilang.realisasi': { id: 'terbilang realisasi', en: 'realisation in words' },
};

function field(rest: string, locale: Locale): string {
  const f = FIELD[rest.replace(/^\./, '')];
  return f ? f[locale] : rest.replace(/^\./, '');
}

export function describeLocation(path: string, locale: Locale = 'id'): string {
  const id = locale === 'id';
  const narrative = /^narrative\[([^\]]+)\]/.exec(path);
  if (narrative) return `${id ? 'Narasi' : 'Narrative'} "${narrative[1]}"`;
  const indicator = /^sasaran\[([^\]]+)\]\.indikator\[([^\]]+)\](.*)$/.exec(path);
  if (indicator) return `${id ? 'Indikator' : 'Indicator'} ${indicator[2]} — ${field(indicator[3]!, locale)}`;
  const sasaran = /^sasaran\[([^\]]+)\](.*)$/.exec(path);
  if (sasaran) return `${id ? 'Sasaran' : 'Objective'} ${sasaran[1]} — ${field(sasaran[2]!, locale)}`;
  if (path.startsWith('budget.printed'))
    return `${id ? 'Total anggaran' : 'Budget total'} — ${field(path.slice('budget'.length), locale)}`;
  const codes = [...path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
  if (path.startsWith('budget.items') && codes.length > 0) {
    const rest = path.slice(path.lastIndexOf(']') + 1);
    return `${id ? 'Anggaran' : 'Budget'} ${codes.at(-1)!} — ${field(rest, locale)}`;
  }
  if (path.startsWith('printed.'))
    return id ? `Pengukuran kinerja — ${field(path, locale)}` : `Performance — ${field(path, locale)}`;
  return path;
}
