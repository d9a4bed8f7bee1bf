CREATE TABLE "agency_logo" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"blob_sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_logo_mime_type_check" CHECK ("agency_logo"."mime_type" in ('image/png', 'image/jpeg')),
	CONSTRAINT "agency_logo_size_check" CHECK ("agency_logo"."size_bytes" between 1 and 2097152)
);
--> statement-breakpoint
ALTER TABLE "agency_logo" ADD CONSTRAINT "agency_logo_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_logo" ADD CONSTRAINT "agency_logo_blob_sha256_evidence_blob_sha256_fk" FOREIGN KEY ("blob_sha256") REFERENCES "public"."evidence_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_logo" ADD CONSTRAINT "agency_logo_uploaded_by_user_id_app_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_logo_blob_idx" ON "agency_logo" USING btree ("blob_sha256");