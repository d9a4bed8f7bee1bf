/**
 * An agency's logo, printed on its LKjIP cover (build-lkjip.ts: about 3 cm
 * high, aspect kept): PNG or JPEG, at most 2 MiB, sniffed (the bytes must be
 * the declared type and readable: an image header with a size), stored once
 * per SHA-256 in `evidence_blob` like evidence files. One logo per agency
 * (`agency_logo`), versioned.
 *
 * Who: the agency's own staff (`plan.write`: operator and kepala), as for
 * the agency's other planning data; everyone who may read the agency may
 * download it.
 */
import {
  AGENCY_LOGO_MAX_BYTES,
  AGENCY_LOGO_MIME_TYPES,
  type AgencyLogoMimeType,
} from '../../store/schema/enums.ts';
import type { agencyLogo } from '../../store/schema/index.ts';
import { imageInfo } from '../../report/image-size.ts';
import { AppError, type Texts } from '../errors.ts';

export const LOGO_TEXTS: Texts = { id: 'Logo perangkat daerah', en: "The agency's logo" };

export type AgencyLogoInfo = {
  agencyId: string;
  mimeType: AgencyLogoMimeType;
  sizeBytes: number;
  sha256: string;
  /** Pixel size, from the image header. */
  width: number;
  height: number;
  version: number;
  updatedAt: Date;
};

export function logoInfo(row: typeof agencyLogo.$inferSelect, bytes: Uint8Array): AgencyLogoInfo {
  const info = imageInfo(bytes);
  return {
    agencyId: row.agencyId,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.blobSha256,
    width: info?.width ?? 0,
    height: info?.height ?? 0,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

const MIB = AGENCY_LOGO_MAX_BYTES / (1024 * 1024);
const FORMAT: Readonly<Record<AgencyLogoMimeType, 'png' | 'jpg'>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** Checks a logo upload before the database is touched; returns the normalised type. */
export function checkLogo(mimeType: string, bytes: Uint8Array): AgencyLogoMimeType {
  if (bytes.byteLength > AGENCY_LOGO_MAX_BYTES)
    throw new AppError(
      'too-large',
      {
        id: `Logo terlalu besar (${bytes.byteLength} byte); batasnya ${MIB} MiB.`,
        en: `The logo is too large (${bytes.byteLength} bytes); the limit is ${MIB} MiB.`,
      },
      [{ path: 'bytes', message: { id: `maksimal ${MIB} MiB`, en: `at most ${MIB} MiB` } }],
    );
  const type = mimeType.trim().toLowerCase();
  if (!(AGENCY_LOGO_MIME_TYPES as readonly string[]).includes(type))
    throw unsupported('mimeType', {
      id: `jenis ${mimeType} tidak diterima`,
      en: `type ${mimeType} is not accepted`,
    });
  const info = imageInfo(bytes);
  if (!info || info.format !== FORMAT[type as AgencyLogoMimeType])
    throw unsupported('bytes', {
      id: `isi berkas bukan gambar ${type} yang terbaca`,
      en: `the content is not a readable ${type} image`,
    });
  return type as AgencyLogoMimeType;
}

function unsupported(path: 'mimeType' | 'bytes', detail: Texts): AppError {
  return new AppError(
    'unsupported-type',
    {
      id: `Jenis logo tidak diterima: ${detail.id}. Logo harus PNG atau JPEG.`,
      en: `Logo type not accepted: ${detail.en}. The logo must be a PNG or JPEG.`,
    },
    [{ path, message: detail }],
  );
}
