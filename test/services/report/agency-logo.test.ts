/**
 * The agency's logo: PNG or JPEG only, at most 2 MiB, the content sniffed
 * against the declared type; stored once per SHA-256; replaced and removed
 * with an optional version check; audited; the agency's own staff only.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { imageInfo } from '../../../src/report/image-size.ts';
import { AppError } from '../../../src/services/errors.ts';
import { getAgencyLogo } from '../../../src/services/report/get-agency-logo.ts';
import { removeAgencyLogo } from '../../../src/services/report/remove-agency-logo.ts';
import { setAgencyLogo } from '../../../src/services/report/set-agency-logo.ts';
import { AGENCY_LOGO_MAX_BYTES } from '../../../src/store/schema/enums.ts';
import * as s from '../../../src/store/schema/index.ts';
import { makeJpegHeader, makeLogoPng, makePng } from '../../support/png.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
  // start without the fixture's logo
  await t.db.delete(s.agencyLogo);
});
afterAll(async () => t.close());

const NOW = new Date('2025-02-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);
const PNG = makeLogoPng(120, 90);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function logoRows() {
  return t.db.select().from(s.agencyLogo);
}

describe('image header', () => {
  it('reads the size of a PNG and a JPEG, and nothing else', () => {
    expect(imageInfo(PNG)).toEqual({ format: 'png', width: 120, height: 90 });
    expect(imageInfo(makeJpegHeader(640, 480))).toEqual({ format: 'jpg', width: 640, height: 480 });
    expect(imageInfo(new Uint8Array(Buffer.from('%PDF-1.4')))).toBeNull();
    expect(imageInfo(PNG.subarray(0, 20))).toBeNull();
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBeNull();
  });
});

describe('setAgencyLogo', () => {
  it('stores a PNG once by its SHA-256, audits it, and gives it back', async () => {
    const info = await setAgencyLogo(as('operator'), {
      agencyId: w.agency.id,
      mimeType: 'image/png',
      bytes: PNG,
    });
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    expect(info).toMatchObject({ mimeType: 'image/png', sha256, width: 120, height: 90, version: 1 });
    const [blob] = await t.db.select().from(s.evidenceBlob).where(eq(s.evidenceBlob.sha256, sha256));
    expect(new Uint8Array(blob!.content)).toEqual(PNG);
    const got = await getAgencyLogo(as('viewer'), { agencyId: w.agency.id });
    expect(got?.bytes).toEqual(PNG);
    const audit = await t.db.select().from(s.auditLog).where(eq(s.auditLog.entityTable, 'agency_logo'));
    expect(audit.map((a) => a.action)).toEqual(['agency_logo.uploaded']);
  });

  it('replaces the logo (a JPEG now), checking the version when one is given', async () => {
    await setAgencyLogo(as('operator'), { agencyId: w.agency.id, mimeType: 'image/png', bytes: PNG });
    const jpeg = makeJpegHeader(300, 100);
    const replaced = await setAgencyLogo(as('kepala'), {
      agencyId: w.agency.id,
      mimeType: 'IMAGE/JPEG',
      bytes: jpeg,
      version: 1,
    });
    expect(replaced).toMatchObject({ mimeType: 'image/jpeg', version: 2, width: 300, height: 100 });
    const before = await logoRows();
    const stale = await rejection(
      setAgencyLogo(as('operator'), { agencyId: w.agency.id, mimeType: 'image/png', bytes: PNG, version: 1 }),
    );
    expect(stale.code).toBe('conflict');
    expect(await logoRows()).toEqual(before);
  });

  it('refuses another type, a content that is not what it claims, and a file over 2 MiB, storing nothing', async () => {
    const cases: [string, Uint8Array, string, string][] = [
      ['image/gif', new Uint8Array(Buffer.from('GIF89a....')), 'unsupported-type', 'mimeType'],
      ['image/webp', new Uint8Array(Buffer.from('RIFF....WEBPVP8 ')), 'unsupported-type', 'mimeType'],
      [
        'image/svg+xml',
        new Uint8Array(Buffer.from('<svg onload="alert(1)"/>')),
        'unsupported-type',
        'mimeType',
      ],
      ['image/png', new Uint8Array(Buffer.from('%PDF-1.4\n')), 'unsupported-type', 'bytes'],
      ['image/png', makeJpegHeader(10, 10), 'unsupported-type', 'bytes'],
      ['image/jpeg', PNG, 'unsupported-type', 'bytes'],
      // a PNG signature with no readable header
      ['image/png', PNG.subarray(0, 12), 'unsupported-type', 'bytes'],
      ['image/png', makePng(1, 1, () => [0, 0, 0, 255]).slice(0, 0), 'validation', 'bytes'],
    ];
    const big = new Uint8Array(AGENCY_LOGO_MAX_BYTES + 1);
    big.set(PNG);
    cases.push(['image/png', big, 'too-large', 'bytes']);
    for (const [mimeType, bytes, code, path] of cases) {
      const error = await rejection(
        setAgencyLogo(as('operator'), { agencyId: w.agency.id, mimeType, bytes }),
      );
      expect(error.code, `${mimeType} ${bytes.byteLength}`).toBe(code);
      expect(error.fields.map((f) => f.path)).toContain(path);
    }
    expect(await logoRows()).toEqual([]);
  });

  it("refuses another agency's operator, the evaluator and a viewer", async () => {
    for (const who of ['foreign', 'evaluator', 'viewer'] as const) {
      const error = await rejection(
        setAgencyLogo(as(who), { agencyId: w.agency.id, mimeType: 'image/png', bytes: PNG }),
      );
      expect(error.code).toBe('forbidden');
    }
    expect(await logoRows()).toEqual([]);
    const foreignRead = await rejection(getAgencyLogo(as('foreign'), { agencyId: w.agency.id }));
    expect(foreignRead.code).toBe('forbidden');
  });
});

describe('removeAgencyLogo', () => {
  it('removes the logo (stale version refused); removing none changes nothing', async () => {
    await setAgencyLogo(as('operator'), { agencyId: w.agency.id, mimeType: 'image/png', bytes: PNG });
    const stale = await rejection(removeAgencyLogo(as('operator'), { agencyId: w.agency.id, version: 2 }));
    expect(stale.code).toBe('conflict');
    expect(await logoRows()).toHaveLength(1);
    expect(await removeAgencyLogo(as('kepala'), { agencyId: w.agency.id, version: 1 })).toEqual({
      agencyId: w.agency.id,
      removed: true,
    });
    expect(await getAgencyLogo(as('operator'), { agencyId: w.agency.id })).toBeNull();
    // the bytes stay (a final report may print them)
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    expect(await t.db.select().from(s.evidenceBlob).where(eq(s.evidenceBlob.sha256, sha256))).toHaveLength(1);
    expect(await removeAgencyLogo(as('operator'), { agencyId: w.agency.id })).toEqual({
      agencyId: w.agency.id,
      removed: false,
    });
    const audit = await t.db.select().from(s.auditLog).where(eq(s.auditLog.entityTable, 'agency_logo'));
    expect(audit.map((a) => a.action)).toEqual(['agency_logo.uploaded', 'agency_logo.removed']);
  });
});
