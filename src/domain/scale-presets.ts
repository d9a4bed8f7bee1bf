/**
 * The five predikat scales the regulations and real reports print
 * (DOMAIN.md §3), in the lower-bound form of scales.ts. Each preset's `notes`
 * say how the printed table's edges, gaps and values above 100 are resolved.
 */
import { describeLevels } from './scales.ts';
import type { Scale, ScaleLevel } from './scales.ts';

export type ScalePresetId =
  'permendagri-86-2017' | 'baik-4' | 'lan-239-2003' | 'akip-88-2021' | 'ikm-14-2017';

const level = (
  label: string,
  labelEn: string,
  min: number | null,
  minInclusive: boolean,
  meanValue?: number,
): ScaleLevel =>
  Object.freeze(
    meanValue === undefined
      ? { label, labelEn, min, minInclusive }
      : { label, labelEn, min, minInclusive, meanValue },
  );

function preset(
  id: ScalePresetId,
  name: string,
  source: string,
  levels: ScaleLevel[],
  rules: string[],
): Scale {
  const frozen = Object.freeze(levels);
  return Object.freeze({
    id,
    name,
    source,
    levels: frozen,
    notes: Object.freeze([...rules, ...describeLevels(frozen)]),
  });
}

export const SCALE_PRESETS: Readonly<Record<ScalePresetId, Scale>> = Object.freeze({
  'permendagri-86-2017': preset(
    'permendagri-86-2017',
    'Permendagri 86/2017 (5 tingkat)',
    'Permendagri Nomor 86 Tahun 2017; LKjIP 2023 Dinas Sosial Kab. Lima Puluh Kota, Tabel 3.1 (baris 444–448)',
    [
      level('Sangat Tinggi', 'Very High', 90, false),
      level('Tinggi', 'High', 75, false),
      level('Sedang', 'Medium', 65, false),
      level('Rendah', 'Low', 50, false),
      level('Sangat Rendah', 'Very Low', null, false),
    ],
    [
      'Tabel tercetak: 91–100 Sangat Tinggi; 76–90 Tinggi; 66–75 Sedang; 51–65 Rendah; ≤ 50 Sangat Rendah. Rentang (90, 91), (75, 76), (65, 66) dan (50, 51) tidak tercakup tabel.',
      'Aturan celah: setiap tingkat dimulai tepat di atas batas atas tercetak tingkat di bawahnya (Sangat Tinggi > 90, Tinggi > 75, Sedang > 65, Rendah > 50, Sangat Rendah ≤ 50), sehingga 90,5 = Sangat Tinggi, 75,5 = Tinggi, 65,5 = Sedang, 50,5 = Rendah; nilai tepat 90, 75, 65, 50 tetap pada tingkat yang mencetaknya.',
      'Nilai di atas 100 masuk Sangat Tinggi, sesuai praktik laporan (100,72; 112,23; 103,34; 104,07 dicetak Sangat Tinggi, Tabel 3.2 baris 460–466).',
    ],
  ),
  'baik-4': preset(
    'baik-4',
    'Skala 4 tingkat "Baik"',
    'Praktik laporan kinerja perangkat daerah (DOMAIN.md §3)',
    [
      level('Sangat Baik', 'Very Good', 100, false),
      level('Baik', 'Good', 75, true),
      level('Cukup', 'Fair', 55, true),
      level('Kurang', 'Poor', null, false),
    ],
    [
      'Tabel tercetak: > 100 Sangat Baik; 75–100 Baik; 55–75 Cukup; < 55 Kurang. Nilai 75 tercetak pada dua tingkat.',
      'Aturan batas: batas bawah inklusif, sehingga tepat 100 = Baik, tepat 75 = Baik (bukan Cukup), tepat 55 = Cukup; nilai di atas 100 = Sangat Baik.',
    ],
  ),
  'lan-239-2003': preset(
    'lan-239-2003',
    'LAN 239/2003 (skala ordinal 4 tingkat)',
    'Keputusan Kepala LAN Nomor 239/IX/6/8/2003; LAKIP 2020 Dinas Sosial Kab. Mukomuko (baris 355–358)',
    [
      level('Sangat Berhasil', 'Very Successful', 85, false, 92.5),
      level('Berhasil', 'Successful', 70, false, 77.5),
      level('Cukup Berhasil', 'Fairly Successful', 55, false, 62.5),
      level('Tidak Berhasil', 'Not Successful', null, false, 27.5),
    ],
    [
      'Aturan: x > 85 Sangat Berhasil; 70 < x ≤ 85 Berhasil; 55 < x ≤ 70 Cukup Berhasil; x < 55 Tidak Berhasil.',
      'Tepat 55 tidak tercakup aturan tercetak (bukan "55 < x", bukan "x < 55"); ditetapkan Tidak Berhasil, karena Cukup Berhasil mensyaratkan nilai di atas 55.',
      'LAKIP 2020 Mukomuko mencetak pertidaksamaan ketat (70 < X < 85, 55 < X < 70), sehingga 85 dan 70 juga tidak tercakup; di sini 85 = Berhasil dan 70 = Cukup Berhasil sesuai aturan "≤".',
      'Tidak ada batas atas: nilai di atas 100 = Sangat Berhasil.',
      'Nilai tengah untuk metode rata-rata data kelompok: 92,5 / 77,5 / 62,5 / 27,5.',
    ],
  ),
  'akip-88-2021': preset(
    'akip-88-2021',
    'Predikat evaluasi AKIP (PermenPANRB 88/2021)',
    'Peraturan Menteri PANRB Nomor 88 Tahun 2021',
    [
      level('AA', 'AA', 90, false),
      level('A', 'A', 80, false),
      level('BB', 'BB', 70, false),
      level('B', 'B', 60, false),
      level('CC', 'CC', 50, false),
      level('C', 'C', 30, false),
      level('D', 'D', null, false),
    ],
    [
      'Tabel tercetak: AA > 90–100; A > 80–90; BB > 70–80; B > 60–70; CC > 50–60; C > 30–50; D 0–30. Batas bawah eksklusif: tepat 90 = A, tepat 80 = BB, tepat 30 = D.',
      'Arti predikat: AA Sangat Memuaskan, A Memuaskan, BB Sangat Baik, B Baik, CC Cukup, C Kurang, D Sangat Kurang.',
      'Nilai evaluasi berada pada 0–100; nilai di atas 100 tetap AA dan nilai di bawah 0 tetap D, agar setiap nilai memiliki predikat.',
    ],
  ),
  'ikm-14-2017': preset(
    'ikm-14-2017',
    'Mutu pelayanan IKM (PermenPANRB 14/2017)',
    'Peraturan Menteri PANRB Nomor 14 Tahun 2017',
    [
      level('A', 'A', 88.3, false),
      level('B', 'B', 76.6, false),
      level('C', 'C', 65, true),
      level('D', 'D', null, false),
    ],
    [
      'Tabel tercetak (2 desimal): A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99.',
      'Aturan celah: A > 88,30; B > 76,60; C ≥ 65,00; D di bawahnya. Jadi 88,305 = A, tepat 88,30 = B, tepat 76,60 = C, 64,995 (tercetak 65,00) = C, 64,994 = D.',
      'Arti mutu: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik.',
      'IKM di bawah 25 tidak mungkin (unsur dinilai 1–4, dikali 25) dan di atas 100 juga tidak; nilai seperti itu tetap diklasifikasikan (D, atau A) agar setiap nilai memiliki predikat.',
    ],
  ),
});

export function isScalePresetId(id: string): id is ScalePresetId {
  return Object.prototype.hasOwnProperty.call(SCALE_PRESETS, id);
}
