/**
 * Office files are zip archives whose writers stamp each entry with the
 * current time. Repacking with one fixed date and a fixed order makes equal
 * models give equal bytes (a final LKjIP regenerates byte for byte).
 */
import JSZip from 'jszip';

export async function repackZip(zip: JSZip, date: Date): Promise<Buffer> {
  const out = new JSZip();
  const names = Object.keys(zip.files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  for (const name of names) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    // Pictures are compressed already: store them, deflate the XML.
    const stored = /\.(png|jpe?g)$/i.test(name);
    out.file(name, await entry.async('uint8array'), {
      date,
      createFolders: false,
      compression: stored ? 'STORE' : 'DEFLATE',
    });
  }
  return out.generateAsync({ type: 'nodebuffer', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
