CREATE TABLE "review_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"file_name" text,
	"reviewer_user_id" uuid,
	"report_data" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_record_source_check" CHECK ("review_record"."source" in ('lkjip', 'report_data', 'template')),
	CONSTRAINT "review_record_year_check" CHECK ("review_record"."year" between 2000 and 2100),
	CONSTRAINT "review_record_findings_check" CHECK (jsonb_typeof("review_record"."findings") = 'array')
);
--> statement-breakpoint
ALTER TABLE "review_record" ADD CONSTRAINT "review_record_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_record" ADD CONSTRAINT "review_record_reviewer_user_id_app_user_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_record_agency_idx" ON "review_record" USING btree ("agency_id","year");