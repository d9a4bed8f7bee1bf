-- Rows that must not change once written, enforced by the database itself so
-- that no code path (service, script, psql session) can bypass it.
-- Violations raise SQLSTATE AK001 ("immutable row") with an Indonesian message.
-- The only bypass is the transaction-local setting akuntabel.restoring = 'on',
-- which restore (src/store/backup.ts) sets to re-insert a signed PK's rows.

-- The audit log is append-only.
CREATE FUNCTION akuntabel_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Log audit hanya dapat ditambah; baris tidak dapat diubah atau dihapus (id %).', OLD.id
    USING ERRCODE = 'AK001';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_audit_log_append_only();--> statement-breakpoint

-- Evidence contents are addressed by their hash: never rewritten.
CREATE FUNCTION akuntabel_evidence_blob_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Isi berkas bukti tidak dapat diubah (sha256 %).', OLD.sha256
    USING ERRCODE = 'AK001';
END;
$$;--> statement-breakpoint
CREATE TRIGGER evidence_blob_immutable BEFORE UPDATE ON "evidence_blob"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_evidence_blob_immutable();--> statement-breakpoint

-- A signed PK version cannot be changed or deleted; a perubahan is a new version.
CREATE FUNCTION akuntabel_pk_version_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    RAISE EXCEPTION 'Perjanjian Kinerja versi % sudah ditandatangani dan tidak dapat diubah; buat versi perubahan.', OLD.number
      USING ERRCODE = 'AK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER pk_version_signed_immutable BEFORE UPDATE OR DELETE ON "pk_version"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_pk_version_signed_immutable();--> statement-breakpoint

-- Targets and budget lines of a signed version cannot be added, changed or removed.
CREATE FUNCTION akuntabel_pk_item_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  version_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' AND current_setting('akuntabel.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    version_ids := ARRAY[NEW.pk_version_id];
  ELSIF TG_OP = 'DELETE' THEN
    version_ids := ARRAY[OLD.pk_version_id];
  ELSE
    version_ids := ARRAY[OLD.pk_version_id, NEW.pk_version_id];
  END IF;
  IF EXISTS (SELECT 1 FROM "pk_version" WHERE id = ANY (version_ids) AND status = 'signed') THEN
    RAISE EXCEPTION 'Perjanjian Kinerja ini sudah ditandatangani; isinya (%) tidak dapat diubah.', TG_TABLE_NAME
      USING ERRCODE = 'AK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER pk_target_signed_immutable BEFORE INSERT OR UPDATE OR DELETE ON "pk_target"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_pk_item_signed_immutable();--> statement-breakpoint
CREATE TRIGGER pk_budget_signed_immutable BEFORE INSERT OR UPDATE OR DELETE ON "pk_budget"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_pk_item_signed_immutable();
