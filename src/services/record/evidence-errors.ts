/** The errors of an evidence upload that is too large or not of an accepted type. */
import { EVIDENCE_MAX_BYTES } from '../../store/schema/enums.ts';
import { AppError } from '../errors.ts';
import { ACCEPTED_EXTENSIONS } from './evidence-type.ts';

const MIB = EVIDENCE_MAX_BYTES / (1024 * 1024);

export function evidenceTooLarge(sizeBytes: number): AppError {
  return new AppError(
    'too-large',
    {
      id: `Berkas terlalu besar (${sizeBytes} byte); batasnya ${MIB} MiB.`,
      en: `The file is too large (${sizeBytes} bytes); the limit is ${MIB} MiB.`,
    },
    [{ path: 'bytes', message: { id: `maksimal ${MIB} MiB`, en: `at most ${MIB} MiB` } }],
  );
}

export function evidenceUnsupported(
  path: 'mimeType' | 'fileName' | 'bytes',
  detail: { id: string; en: string },
): AppError {
  const accepted = ACCEPTED_EXTENSIONS.join(', ');
  return new AppError(
    'unsupported-type',
    {
      id: `Jenis berkas tidak diterima: ${detail.id}. Berkas yang diterima: ${accepted}.`,
      en: `File type not accepted: ${detail.en}. Accepted files: ${accepted}.`,
    },
    [{ path, message: detail }],
  );
}
