CREATE TABLE "background_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"message" text,
	"error" text,
	"result" "bytea",
	"result_file_name" text,
	"result_mime_type" text,
	"owner_user_id" uuid,
	"region_id" uuid,
	"agency_id" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "background_job_status_check" CHECK ("background_job"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "background_job_progress_check" CHECK ("background_job"."progress" between 0 and 100),
	CONSTRAINT "background_job_kind_check" CHECK ("background_job"."kind" ~ '^[a-z_]+([.][a-z_]+)*$')
);
--> statement-breakpoint
CREATE TABLE "lkjip_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_user_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by_user_id" uuid,
	"snapshot" jsonb,
	"content_sha256" text,
	"finalised_at" timestamp with time zone,
	"finalised_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lkjip_report_agency_year_key" UNIQUE("agency_id","year"),
	CONSTRAINT "lkjip_report_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "lkjip_report_status_check" CHECK ("lkjip_report"."status" in ('draft', 'in_review', 'final')),
	CONSTRAINT "lkjip_report_year_check" CHECK ("lkjip_report"."year" between 2000 and 2100),
	CONSTRAINT "lkjip_report_final_check" CHECK ("lkjip_report"."status" <> 'final' or ("lkjip_report"."snapshot" is not null and "lkjip_report"."content_sha256" is not null and "lkjip_report"."finalised_at" is not null)),
	CONSTRAINT "lkjip_report_sha256_check" CHECK ("lkjip_report"."content_sha256" is null or "lkjip_report"."content_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "lkjip_review_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"section_key" text NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"response_text" text,
	"responded_at" timestamp with time zone,
	"responded_by_user_id" uuid,
	"resolved_at" timestamp with time zone,
	"resolved_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lkjip_review_comment_section_check" CHECK ("lkjip_review_comment"."section_key" ~ '^(ikhtisar|bab1|bab2|bab3-pengukuran|bab3-sasaran-[0-9a-f-]{36}|bab3-anggaran|bab4|lampiran)$'),
	CONSTRAINT "lkjip_review_comment_body_check" CHECK (length(trim("lkjip_review_comment"."body")) > 0),
	CONSTRAINT "lkjip_review_comment_response_check" CHECK ("lkjip_review_comment"."responded_at" is null or "lkjip_review_comment"."response_text" is not null)
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text_id" text NOT NULL,
	"text_en" text NOT NULL,
	"link" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_dedupe_key" UNIQUE("user_id","dedupe_key"),
	CONSTRAINT "notification_kind_check" CHECK ("notification"."kind" ~ '^[a-z_]+([.][a-z_]+)+$')
);
--> statement-breakpoint
CREATE TABLE "period_lock" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"agency_id" uuid,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"period_no" integer,
	"deadline_id" uuid,
	"locked_at" timestamp with time zone NOT NULL,
	"reopened_at" timestamp with time zone,
	"reopened_by_user_id" uuid,
	"reopen_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_lock_key" UNIQUE NULLS NOT DISTINCT("region_id","agency_id","year","kind","period_no"),
	CONSTRAINT "period_lock_kind_check" CHECK ("period_lock"."kind" in ('realisation_quarter', 'pk', 'lkjip')),
	CONSTRAINT "period_lock_period_check" CHECK (("period_lock"."kind" = 'realisation_quarter' and "period_lock"."period_no" between 1 and 4) or ("period_lock"."kind" <> 'realisation_quarter' and "period_lock"."period_no" is null)),
	CONSTRAINT "period_lock_year_check" CHECK ("period_lock"."year" between 2000 and 2100),
	CONSTRAINT "period_lock_reopen_check" CHECK ("period_lock"."reopened_at" is null or ("period_lock"."reopen_reason" is not null and length(trim("period_lock"."reopen_reason")) > 0))
);
--> statement-breakpoint
CREATE TABLE "reporting_deadline" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"period_no" integer,
	"due_date" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"reminder_working_days" integer DEFAULT 5 NOT NULL,
	"grace_days" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_deadline_key" UNIQUE NULLS NOT DISTINCT("region_id","year","kind","period_no"),
	CONSTRAINT "reporting_deadline_kind_check" CHECK ("reporting_deadline"."kind" in ('realisation_quarter', 'pk', 'lkjip')),
	CONSTRAINT "reporting_deadline_period_check" CHECK (("reporting_deadline"."kind" = 'realisation_quarter' and "reporting_deadline"."period_no" between 1 and 4) or ("reporting_deadline"."kind" <> 'realisation_quarter' and "reporting_deadline"."period_no" is null)),
	CONSTRAINT "reporting_deadline_year_check" CHECK ("reporting_deadline"."year" between 2000 and 2100),
	CONSTRAINT "reporting_deadline_reminder_check" CHECK ("reporting_deadline"."reminder_working_days" between 0 and 60),
	CONSTRAINT "reporting_deadline_grace_check" CHECK ("reporting_deadline"."grace_days" between 0 and 365)
);
--> statement-breakpoint
ALTER TABLE "background_job" ADD CONSTRAINT "background_job_owner_user_id_app_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_job" ADD CONSTRAINT "background_job_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_job" ADD CONSTRAINT "background_job_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_report" ADD CONSTRAINT "lkjip_report_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_report" ADD CONSTRAINT "lkjip_report_created_by_user_id_app_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_report" ADD CONSTRAINT "lkjip_report_submitted_by_user_id_app_user_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_report" ADD CONSTRAINT "lkjip_report_finalised_by_user_id_app_user_id_fk" FOREIGN KEY ("finalised_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_review_comment" ADD CONSTRAINT "lkjip_review_comment_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_review_comment" ADD CONSTRAINT "lkjip_review_comment_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_review_comment" ADD CONSTRAINT "lkjip_review_comment_responded_by_user_id_app_user_id_fk" FOREIGN KEY ("responded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_review_comment" ADD CONSTRAINT "lkjip_review_comment_resolved_by_user_id_app_user_id_fk" FOREIGN KEY ("resolved_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkjip_review_comment" ADD CONSTRAINT "lkjip_review_comment_report_fk" FOREIGN KEY ("report_id","agency_id") REFERENCES "public"."lkjip_report"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_lock" ADD CONSTRAINT "period_lock_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_lock" ADD CONSTRAINT "period_lock_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_lock" ADD CONSTRAINT "period_lock_deadline_id_reporting_deadline_id_fk" FOREIGN KEY ("deadline_id") REFERENCES "public"."reporting_deadline"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_lock" ADD CONSTRAINT "period_lock_reopened_by_user_id_app_user_id_fk" FOREIGN KEY ("reopened_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_deadline" ADD CONSTRAINT "reporting_deadline_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "background_job_owner_idx" ON "background_job" USING btree ("owner_user_id","created_at");--> statement-breakpoint
CREATE INDEX "background_job_status_idx" ON "background_job" USING btree ("status");--> statement-breakpoint
CREATE INDEX "lkjip_review_comment_report_idx" ON "lkjip_review_comment" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "period_lock_agency_idx" ON "period_lock" USING btree ("agency_id","year");--> statement-breakpoint
-- A final LKjIP is what was signed and published: it and its review comments
-- cannot change (SQLSTATE AK001, as in 0001). Restore may re-insert comments.
CREATE FUNCTION akuntabel_lkjip_report_final_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'final' THEN
    RAISE EXCEPTION 'LKjIP tahun % sudah final dan tidak dapat diubah.', OLD.year
      USING ERRCODE = 'AK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER lkjip_report_final_immutable BEFORE UPDATE OR DELETE ON "lkjip_report"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_lkjip_report_final_immutable();--> statement-breakpoint
CREATE FUNCTION akuntabel_lkjip_comment_final_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  report_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' AND current_setting('akuntabel.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    report_ids := ARRAY[NEW.report_id];
  ELSIF TG_OP = 'DELETE' THEN
    report_ids := ARRAY[OLD.report_id];
  ELSE
    report_ids := ARRAY[OLD.report_id, NEW.report_id];
  END IF;
  IF EXISTS (SELECT 1 FROM "lkjip_report" WHERE id = ANY (report_ids) AND status = 'final') THEN
    RAISE EXCEPTION 'LKjIP ini sudah final; catatan reviunya tidak dapat diubah.'
      USING ERRCODE = 'AK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER lkjip_review_comment_final_immutable BEFORE INSERT OR UPDATE OR DELETE ON "lkjip_review_comment"
  FOR EACH ROW EXECUTE FUNCTION akuntabel_lkjip_comment_final_immutable();
