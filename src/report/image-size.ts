/**
 * The format and pixel size of a PNG or JPEG, read from its header, so a
 * picture can be placed at a given height with its aspect kept.
 *
 * - PNG: the signature, then the IHDR chunk (width and height, big-endian, at
 *   bytes 16 and 20).
 * - JPEG: the segments after SOI (FF D8) up to a start-of-frame marker
 *   (C0–CF except C4, C8 and CC), whose height and width follow the
 *   precision byte.
 *
 * Anything else (or a truncated header) is null.
 */
export type ImageInfo = { format: 'png' | 'jpg'; width: number; height: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { format: 'png', width, height } : null;
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // fill bytes and markers without a length
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return null;
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      return width > 0 && height > 0 ? { format: 'jpg', width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}

/**
 * Width and height in cm of a picture `heightCm` high with its aspect kept,
 * narrowed (and so lowered) to at most `maxWidthCm`.
 */
export function fitHeight(
  info: ImageInfo,
  heightCm: number,
  maxWidthCm: number,
): { widthCm: number; heightCm: number } {
  const width = (heightCm * info.width) / info.height;
  if (width <= maxWidthCm) return { widthCm: width, heightCm };
  return { widthCm: maxWidthCm, heightCm: (maxWidthCm * info.height) / info.width };
}
