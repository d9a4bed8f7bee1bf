import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCALE_PRESETS, isScalePresetId } from '../../src/domain/scale-presets.ts';
import type { ScalePresetId } from '../../src/domain/scale-presets.ts';
import { classify, validateScale } from '../../src/domain/scales.ts';
import type { Scale, ScaleLevel } from '../../src/domain/scales.ts';

const PRESET_IDS = Object.keys(SCALE_PRESETS) as ScalePresetId[];

/** Every level whose own interval contains v (computed from both bounds, independently of classify). */
function levelsContaining(v: number, scale: Scale): ScaleLevel[] {
  return scale.levels.filter((l, i) => {
    const above = scale.levels[i - 1];
    const meetsMin = l.min === null || (l.minInclusive ? v >= l.min : v > l.min);
    const belowMax = !above || above.min === null || (above.minInclusive ? v < above.min : v <= above.min);
    return meetsMin && belowMax;
  });
}

/** Walks 0..300 in steps of 0,01 (integer hundredths, v = i / 100), checks exactly one level, returns labels at the given values. */
function walk(scale: Scale): Map<number, string> {
  const labels = new Map<number, string>();
  for (let i = 0; i <= 30_000; i++) {
    const v = i / 100;
    const containing = levelsContaining(v, scale);
    if (containing.length !== 1) throw new Error(`${scale.id}: ${v} lies in ${containing.length} levels`);
    const got = classify(v, scale);
    if (got !== containing[0])
      throw new Error(`${scale.id}: classify(${v}) = ${got.label}, interval says ${containing[0]!.label}`);
    labels.set(i, got.label);
  }
  return labels;
}

function expectLabels(scale: Scale, expected: Record<string, string>): void {
  const labels = walk(scale);
  for (const [text, label] of Object.entries(expected)) {
    const hundredths = Math.round(Number(text) * 100);
    expect(labels.get(hundredths), `${scale.id} at ${text}`).toBe(label);
    expect(classify(Number(text), scale).label, `${scale.id} classify(${text})`).toBe(label);
  }
}

describe('presets: printed edges and gaps, walked 0–300 in steps of 0,01', () => {
  it('Permendagri 86/2017 (LKjIP 2023 Lima Puluh Kota, Tabel 3.1, lines 444–448): each level starts above the printed top of the one below; > 100 is Sangat Tinggi (Tabel 3.2, lines 460–466)', () => {
    expectLabels(SCALE_PRESETS['permendagri-86-2017'], {
      '0': 'Sangat Rendah',
      '50': 'Sangat Rendah',
      '50.01': 'Rendah',
      '50.5': 'Rendah',
      '51': 'Rendah',
      '65': 'Rendah',
      '65.5': 'Sedang',
      '66': 'Sedang',
      '75': 'Sedang',
      '75.5': 'Tinggi',
      '76': 'Tinggi',
      '90': 'Tinggi',
      '90.01': 'Sangat Tinggi',
      '90.5': 'Sangat Tinggi',
      '91': 'Sangat Tinggi',
      '100': 'Sangat Tinggi',
      '100.01': 'Sangat Tinggi',
      // the report's own >100 values, all printed Sangat Tinggi
      '100.72': 'Sangat Tinggi',
      '112.23': 'Sangat Tinggi',
      '300': 'Sangat Tinggi',
    });
  });

  it('baik-4 (DOMAIN.md §3): 75 → Baik, 55 → Cukup, 100 → Baik, > 100 → Sangat Baik', () => {
    expectLabels(SCALE_PRESETS['baik-4'], {
      '0': 'Kurang',
      '54.99': 'Kurang',
      '55': 'Cukup',
      '74.99': 'Cukup',
      '75': 'Baik',
      '75.5': 'Baik',
      '100': 'Baik',
      '100.01': 'Sangat Baik',
      '300': 'Sangat Baik',
    });
  });

  it('LAN 239/2003: > 85 / 70 < x ≤ 85 / 55 < x ≤ 70 / < 55; exactly 55 is Tidak Berhasil; 85 and 70 (open in the Mukomuko 2020 print, lines 355–358) resolved by "≤"', () => {
    expectLabels(SCALE_PRESETS['lan-239-2003'], {
      '0': 'Tidak Berhasil',
      '54.99': 'Tidak Berhasil',
      '55': 'Tidak Berhasil',
      '55.01': 'Cukup Berhasil',
      '70': 'Cukup Berhasil',
      '70.01': 'Berhasil',
      '85': 'Berhasil',
      '85.01': 'Sangat Berhasil',
      '100': 'Sangat Berhasil',
      '100.01': 'Sangat Berhasil',
      '300': 'Sangat Berhasil',
    });
    expect(SCALE_PRESETS['lan-239-2003'].levels.map((l) => l.meanValue)).toEqual([92.5, 77.5, 62.5, 27.5]);
  });

  it('AKIP (PermenPANRB 88/2021): lower bounds exclusive (AA > 90, …, C > 30, D ≤ 30)', () => {
    expectLabels(SCALE_PRESETS['akip-88-2021'], {
      '0': 'D',
      '30': 'D',
      '30.01': 'C',
      '50': 'C',
      '50.5': 'CC',
      '60': 'CC',
      '60.01': 'B',
      '70': 'B',
      '72.95': 'BB', // LKjIP 2023 Lima Puluh Kota line 1064: 72,95 "BB"
      '80': 'BB',
      '80.01': 'A',
      '90': 'A',
      '90.01': 'AA',
      '100': 'AA',
      '100.01': 'AA',
    });
  });

  it('IKM (PermenPANRB 14/2017): A > 88,30; B > 76,60; C ≥ 65,00; D below', () => {
    expectLabels(SCALE_PRESETS['ikm-14-2017'], {
      '0': 'D',
      '24.99': 'D',
      '25': 'D',
      '64.99': 'D',
      '65': 'C',
      '76.6': 'C',
      '76.61': 'B',
      '87.84': 'B', // LKjIP 2023 Lima Puluh Kota line 1107: SKM 87,84 "mutu pelayanan B"
      '88.3': 'B',
      '88.31': 'A',
      '100': 'A',
      '100.01': 'A',
    });
    // values with more decimals than the table are graded as printed (half-up, 2 decimals)
    expect(classify(88.305, SCALE_PRESETS['ikm-14-2017']).label).toBe('A'); // prints 88,31
    expect(classify(88.3049, SCALE_PRESETS['ikm-14-2017']).label).toBe('B'); // prints 88,30
    expect(classify(76.605, SCALE_PRESETS['ikm-14-2017']).label).toBe('B'); // prints 76,61
    expect(classify(64.995, SCALE_PRESETS['ikm-14-2017']).label).toBe('C'); // prints 65,00
    expect(classify(64.9949, SCALE_PRESETS['ikm-14-2017']).label).toBe('D'); // prints 64,99
    expect(classify(90.004, SCALE_PRESETS['permendagri-86-2017']).label).toBe('Tinggi'); // prints 90,00
    expect(classify(90.005, SCALE_PRESETS['permendagri-86-2017']).label).toBe('Sangat Tinggi'); // prints 90,01
  });

  it('every preset writes its edge rule in its notes and lists an interval per level', () => {
    for (const id of PRESET_IDS) {
      const scale = SCALE_PRESETS[id];
      expect(scale.id).toBe(id);
      expect(scale.levels.at(-1)!.min).toBeNull();
      for (const l of scale.levels) expect(scale.notes.some((n) => n.startsWith(`${l.label}: `))).toBe(true);
    }
    expect(SCALE_PRESETS['permendagri-86-2017'].notes.join(' ')).toContain('90,5 = Sangat Tinggi');
    expect(SCALE_PRESETS['permendagri-86-2017'].notes).toContain('Tinggi: 75 < x ≤ 90');
    expect(SCALE_PRESETS['lan-239-2003'].notes.join(' ')).toMatch(/Tepat 55 .* Tidak Berhasil/);
    expect(SCALE_PRESETS['lan-239-2003'].notes.join(' ')).toContain('Mukomuko');
    expect(SCALE_PRESETS['ikm-14-2017'].notes).toContain('C: 65 ≤ x ≤ 76,60');
  });
});

describe('classify', () => {
  it('reads a computed capaian at 15 significant digits, so float noise never crosses an edge (Permendagri 86/2017, LAN 239/2003)', () => {
    const ninety = (260.1 / 289) * 100; // realisasi 260,1 of target 289 is exactly 90 %
    expect(ninety).toBe(90.00000000000001);
    expect(classify(ninety, SCALE_PRESETS['permendagri-86-2017']).label).toBe('Tinggi');
    const fiftyFive = (2.2 / 4) * 100; // exactly 55 %
    expect(fiftyFive).toBe(55.00000000000001);
    expect(classify(fiftyFive, SCALE_PRESETS['lan-239-2003']).label).toBe('Tidak Berhasil');
  });
  it('refuses non-finite values', () => {
    expect(() => classify(Number.NaN, SCALE_PRESETS['baik-4'])).toThrow(RangeError);
    expect(() => classify(Number.POSITIVE_INFINITY, SCALE_PRESETS['baik-4'])).toThrow(RangeError);
  });
  it('classifies negative capaian (negative polarity, R > 2T) into the lowest level', () => {
    expect(classify(-12.5, SCALE_PRESETS['permendagri-86-2017']).label).toBe('Sangat Rendah');
  });
});

describe('properties of every preset (DOMAIN.md §3: one predikat per value)', () => {
  const presetArb = fc.constantFrom(...PRESET_IDS);
  const valueArb = fc.double({ min: 0, max: 300, noNaN: true, noDefaultInfinity: true });
  it('every value in [0, 300] lies in exactly one level, and classify returns it', () => {
    fc.assert(
      fc.property(presetArb, valueArb, (id, v) => {
        const scale = SCALE_PRESETS[id];
        const rounded = Number(v.toPrecision(15));
        const containing = levelsContaining(rounded, scale);
        return containing.length === 1 && classify(v, scale) === containing[0];
      }),
    );
  });
  it('is monotonic: a higher value never gets a lower level', () => {
    fc.assert(
      fc.property(presetArb, valueArb, valueArb, (id, a, b) => {
        const scale = SCALE_PRESETS[id];
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rank = (v: number) => scale.levels.indexOf(classify(v, scale)); // 0 = highest
        return rank(hi) <= rank(lo);
      }),
    );
  });
});

describe('isScalePresetId', () => {
  it('accepts the five ids of report-data@1 and nothing else', () => {
    for (const id of ['permendagri-86-2017', 'baik-4', 'lan-239-2003', 'akip-88-2021', 'ikm-14-2017'])
      expect(isScalePresetId(id)).toBe(true);
    for (const id of ['', 'toString', '__proto__', 'Baik-4', 'permendagri'])
      expect(isScalePresetId(id)).toBe(false);
  });
});

describe('validateScale (report-data@1 inline scale)', () => {
  it('accepts the inline form of the format spec and classifies with it', () => {
    const r = validateScale({
      id: 'contoh',
      levels: [
        { label: 'Sangat Baik', min: 100, minInclusive: false },
        { label: 'Baik', min: 75 },
        { label: 'Cukup', min: 55 },
        { label: 'Kurang', min: null },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scale.levels.map((l) => [l.label, l.min, l.minInclusive])).toEqual([
      ['Sangat Baik', 100, false],
      ['Baik', 75, true],
      ['Cukup', 55, true],
      ['Kurang', null, false],
    ]);
    expect(classify(75, r.scale).label).toBe('Baik');
    expect(classify(100.01, r.scale).label).toBe('Sangat Baik');
    expect(r.scale.notes).toContain('Baik: 75 ≤ x ≤ 100');
  });

  it('accepts the Permendagri table typed with max, when the edges meet with complementary inclusivity', () => {
    const r = validateScale({
      levels: [
        { label: 'Sangat Tinggi', min: 90, minInclusive: false, max: 100 },
        { label: 'Tinggi', min: 75, minInclusive: false, max: 90 },
        { label: 'Sedang', min: 65, minInclusive: false, max: 75 },
        { label: 'Rendah', min: 50, minInclusive: false, max: 65 },
        { label: 'Sangat Rendah', max: 50 },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scale.levels.map((l) => l.min)).toEqual([90, 75, 65, 50, null]);
    expect(classify(90.5, r.scale).label).toBe('Sangat Tinggi');
    expect(r.scale.notes[0]).toContain('di atas 100 tetap masuk Sangat Tinggi');
  });

  it('derives a missing min from the max of the level below', () => {
    const r = validateScale({
      levels: [{ label: 'Tinggi' }, { label: 'Rendah', max: 50, maxInclusive: true }],
    });
    expect(r.ok && r.scale.levels[0]).toMatchObject({ min: 50, minInclusive: false });
  });

  it('rejects the printed Tabel 3.1 as typed (91–100, 76–90, …): the gaps (90, 91) etc. are unexplained', () => {
    const r = validateScale({
      levels: [
        { label: 'Sangat Tinggi', min: 91, max: 100 },
        { label: 'Tinggi', min: 76, max: 90 },
        { label: 'Sedang', min: 66, max: 75 },
        { label: 'Rendah', min: 51, max: 65 },
        { label: 'Sangat Rendah', max: 50 },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(4);
    expect(r.errors[0]).toContain('Celah');
    expect(r.errors[0]).toContain('Tingkat 2 ("Tinggi")');
    expect(r.errors[0]).toContain('Tingkat 1 ("Sangat Tinggi")');
    expect(r.errors[0]).toContain('di antara 90 dan 91');
  });

  it('rejects overlaps: both edges inclusive (baik-4 printed 75 in two levels), or max above the next min', () => {
    const both = validateScale({
      levels: [
        { label: 'Baik', min: 75, max: 100 },
        { label: 'Cukup', min: 55, max: 75 },
        { label: 'Kurang', max: 55, maxInclusive: false },
      ],
    });
    expect(!both.ok && both.errors).toEqual([
      expect.stringMatching(/Tumpang tindih .*Tingkat 2 \("Cukup"\).*tepat 75 masuk dua tingkat/),
    ]);
    const over = validateScale({
      levels: [
        { label: 'A', min: 50 },
        { label: 'B', max: 60 },
      ],
    });
    expect(!over.ok && over.errors.join(' ')).toMatch(/Tumpang tindih.*antara 50 dan 60/);
    const open = validateScale({
      levels: [
        { label: 'A', min: 50, minInclusive: false },
        { label: 'B', max: 50, maxInclusive: false },
      ],
    });
    expect(!open.ok && open.errors.join(' ')).toMatch(/Celah.*tepat 50 tidak masuk/);
  });

  it('rejects duplicate and empty labels, naming the level', () => {
    const r = validateScale({
      levels: [
        { label: 'Baik', min: 50 },
        { label: ' baik ', min: null },
        { label: '', min: null },
      ],
    });
    expect(!r.ok && r.errors).toEqual([
      'Tingkat 2 (" baik "): label sama dengan tingkat 1; setiap label harus berbeda.',
      'Tingkat 3: label kosong.',
    ]);
  });

  it('rejects bounds that do not descend, and recognises a scale listed lowest first', () => {
    const r = validateScale({
      levels: [
        { label: 'A', min: 70 },
        { label: 'B', min: 80 },
        { label: 'C', min: 60 },
        { label: 'D', min: null },
      ],
    });
    expect(!r.ok && r.errors).toEqual([
      expect.stringMatching(
        /^Tingkat 2 \("B"\): batas bawah ≥ 80 harus lebih rendah dari batas bawah Tingkat 1/,
      ),
    ]);
    const asc = validateScale({
      levels: [
        { label: 'Kurang', min: 0 },
        { label: 'Cukup', min: 55 },
        { label: 'Baik', min: 75 },
      ],
    });
    expect(!asc.ok && asc.errors.join(' ')).toContain('diurutkan dari terendah');
    const same = validateScale({
      levels: [
        { label: 'A', min: 70 },
        { label: 'B', min: 70 },
        { label: 'C', min: null },
      ],
    });
    expect(same.ok).toBe(false);
    const within = validateScale({
      levels: [
        { label: 'A', min: 80, max: 70 },
        { label: 'B', min: null },
      ],
    });
    expect(!within.ok && within.errors.join(' ')).toContain(
      'Tingkat 1 ("A"): batas atas 70 tidak lebih besar dari batas bawah',
    );
  });

  it('rejects a lowest level with a lower bound: values below it would be unclassified', () => {
    const r = validateScale({
      levels: [
        { label: 'A', min: 88.31 },
        { label: 'D', min: 25 },
      ],
    });
    expect(!r.ok && r.errors).toEqual([
      expect.stringContaining(
        'Tingkat 2 ("D") adalah tingkat terendah tetapi memiliki batas bawah 25: nilai di bawah 25 tidak terklasifikasi',
      ),
    ]);
  });

  it('rejects empty scales, missing bounds and non-finite numbers', () => {
    expect(validateScale({ levels: [] })).toEqual({
      ok: false,
      errors: [expect.stringContaining('Skala kosong')],
    });
    const noMin = validateScale({ levels: [{ label: 'A' }, { label: 'B', min: null }] });
    expect(!noMin.ok && noMin.errors[0]).toContain('Tingkat 1 ("A"): batas bawah (min) tidak diisi');
    const nullMin = validateScale({
      levels: [
        { label: 'A', min: null },
        { label: 'B', min: null },
      ],
    });
    expect(!nullMin.ok && nullMin.errors[0]).toContain('hanya tingkat terendah');
    const nan = validateScale({ levels: [{ label: 'A', min: Number.NaN }, { label: 'B' }] });
    expect(!nan.ok && nan.errors[0]).toBe('Tingkat 1 ("A"): min harus angka terhingga.');
  });

  it('mean values (group-mean, LAN 239/2003) must be given for all levels and lie inside their level', () => {
    const some = validateScale({
      levels: [
        { label: 'A', min: 85, meanValue: 92.5 },
        { label: 'B', min: null },
      ],
    });
    expect(!some.ok && some.errors[0]).toContain('belum diisi: Tingkat 2 ("B")');
    const outside = validateScale({
      levels: [
        { label: 'A', min: 85, meanValue: 80 },
        { label: 'B', min: null, meanValue: 27.5 },
      ],
    });
    expect(!outside.ok && outside.errors[0]).toContain(
      'Tingkat 1 ("A"): meanValue 80 berada di luar rentang',
    );
    const lan = validateScale({
      levels: SCALE_PRESETS['lan-239-2003'].levels.map((l) => ({ ...l, min: l.min })),
    });
    expect(lan.ok && lan.scale.levels.map((l) => l.meanValue)).toEqual([92.5, 77.5, 62.5, 27.5]);
  });

  it('a single level with no lower bound classifies everything', () => {
    const r = validateScale({ levels: [{ label: 'Semua' }] });
    expect(r.ok && classify(-5, r.scale).label).toBe('Semua');
    expect(r.ok && r.scale.notes).toEqual(['Semua: semua nilai']);
  });
});
