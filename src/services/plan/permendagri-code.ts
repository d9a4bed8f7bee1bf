/**
 * Program, kegiatan and sub kegiatan codes of Permendagri 90/2019 (as updated
 * by Kepmendagri 050-5889/2021): urusan.bidang.program, then .N.NN for the
 * kegiatan and .NNNN for the sub kegiatan, each starting with its parent's
 * code. `1.06.02` → `1.06.02.2.01` → `1.06.02.2.01.0001`. Urusan and bidang
 * may be letters for cross-cutting programs (`X.XX.01`). Only the format and
 * the parent prefix are checked: the nomenklatur list itself is reference
 * data, not a runtime dependency.
 */
import type { FieldError } from '../errors.ts';

const PROGRAM = /^[0-9A-Za-z]\.[0-9A-Za-z]{2}\.[0-9]{2}$/;
const KEGIATAN_TAIL = /^[0-9]\.[0-9]{2}$/;
const SUB_KEGIATAN_TAIL = /^[0-9]{4}$/;

export function programCodeError(code: string, path: string): FieldError | null {
  if (PROGRAM.test(code)) return null;
  return {
    path,
    message: {
      id: `kode program "${code}" harus berbentuk urusan.bidang.program, mis. 1.06.02`,
      en: `program code "${code}" must read urusan.bidang.program, e.g. 1.06.02`,
    },
  };
}

function childCodeError(
  code: string,
  parentCode: string,
  tail: RegExp,
  path: string,
  names: { id: string; en: string; parentId: string; parentEn: string; example: string },
): FieldError | null {
  const prefix = `${parentCode}.`;
  if (code.startsWith(prefix) && tail.test(code.slice(prefix.length))) return null;
  if (!code.startsWith(prefix)) {
    return {
      path,
      message: {
        id: `kode ${names.id} "${code}" harus diawali kode ${names.parentId}-nya "${parentCode}."`,
        en: `${names.en} code "${code}" must start with its ${names.parentEn}'s code "${parentCode}."`,
      },
    };
  }
  return {
    path,
    message: {
      id: `kode ${names.id} "${code}" harus berbentuk ${parentCode}.${names.example}`,
      en: `${names.en} code "${code}" must read ${parentCode}.${names.example}`,
    },
  };
}

export function kegiatanCodeError(code: string, programCode: string, path: string): FieldError | null {
  return childCodeError(code, programCode, KEGIATAN_TAIL, path, {
    id: 'kegiatan',
    en: 'kegiatan',
    parentId: 'program',
    parentEn: 'program',
    example: '2.01',
  });
}

export function subKegiatanCodeError(code: string, kegiatanCode: string, path: string): FieldError | null {
  return childCodeError(code, kegiatanCode, SUB_KEGIATAN_TAIL, path, {
    id: 'sub kegiatan',
    en: 'sub kegiatan',
    parentId: 'kegiatan',
    parentEn: 'kegiatan',
    example: '0001',
  });
}
