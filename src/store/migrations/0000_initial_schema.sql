CREATE TABLE "agency" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"address" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_code_key" UNIQUE("region_id","code"),
	CONSTRAINT "agency_code_check" CHECK ("agency"."code" ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "kecamatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kecamatan_code_key" UNIQUE("region_id","code")
);
--> statement-breakpoint
CREATE TABLE "org_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"echelon" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_unit_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "org_unit_echelon_check" CHECK ("org_unit"."echelon" in ('I', 'II', 'III', 'IV', 'V', 'non_eselon')),
	CONSTRAINT "org_unit_not_own_parent_check" CHECK ("org_unit"."parent_id" is distinct from "org_unit"."id")
);
--> statement-breakpoint
CREATE TABLE "position" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"agency_id" uuid,
	"org_unit_id" uuid,
	"title" text NOT NULL,
	"is_head" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_unit_needs_agency_check" CHECK ("position"."org_unit_id" is null or "position"."agency_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "region" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_region_id" uuid,
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_code_key" UNIQUE("code"),
	CONSTRAINT "region_kind_check" CHECK ("region"."kind" in ('provinsi', 'kabupaten', 'kota')),
	CONSTRAINT "region_time_zone_check" CHECK ("region"."time_zone" in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
	CONSTRAINT "region_code_check" CHECK ("region"."code" ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "rpjmd_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rpjmd_sasaran_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"baseline_value" numeric,
	"end_target_value" numeric,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_indicator_code_key" UNIQUE("rpjmd_sasaran_id","code"),
	CONSTRAINT "rpjmd_indicator_polarity_check" CHECK ("rpjmd_indicator"."polarity" in ('positive', 'negative', 'range', 'ordinal'))
);
--> statement-breakpoint
CREATE TABLE "rpjmd_indicator_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rpjmd_indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric,
	"low" numeric,
	"high" numeric,
	"grade" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_indicator_target_year_key" UNIQUE("rpjmd_indicator_id","year"),
	CONSTRAINT "rpjmd_indicator_target_year_check" CHECK ("rpjmd_indicator_target"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "rpjmd_misi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rpjmd_period_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"statement" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_misi_number_key" UNIQUE("rpjmd_period_id","number")
);
--> statement-breakpoint
CREATE TABLE "rpjmd_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"visi" text NOT NULL,
	"legal_basis" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_period_region_start_key" UNIQUE("region_id","start_year"),
	CONSTRAINT "rpjmd_period_years_check" CHECK ("rpjmd_period"."end_year" >= "rpjmd_period"."start_year" and "rpjmd_period"."start_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "rpjmd_sasaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rpjmd_tujuan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"statement" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_sasaran_code_key" UNIQUE("rpjmd_tujuan_id","code")
);
--> statement-breakpoint
CREATE TABLE "rpjmd_tujuan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rpjmd_misi_id" uuid NOT NULL,
	"code" text NOT NULL,
	"statement" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_tujuan_code_key" UNIQUE("rpjmd_misi_id","code")
);
--> statement-breakpoint
CREATE TABLE "signatory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"agency_id" uuid,
	"name" text NOT NULL,
	"nip" text,
	"rank" text,
	"acting_as" text,
	"valid_from" date,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signatory_nip_check" CHECK ("signatory"."nip" is null or "signatory"."nip" ~ '^[0-9]{18}$'),
	CONSTRAINT "signatory_acting_check" CHECK ("signatory"."acting_as" is null or "signatory"."acting_as" in ('Plt.', 'Plh.', 'Pj.')),
	CONSTRAINT "signatory_valid_check" CHECK ("signatory"."valid_to" is null or "signatory"."valid_from" is null or "signatory"."valid_to" >= "signatory"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"renstra_period_id" uuid NOT NULL,
	"renstra_tujuan_id" uuid,
	"sasaran_strategis_id" uuid,
	"program_id" uuid,
	"kegiatan_id" uuid,
	"sub_kegiatan_id" uuid,
	"org_unit_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"definition" text,
	"formula" text,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"period_aggregation" text NOT NULL,
	"reporting_frequency" text DEFAULT 'quarterly' NOT NULL,
	"result_kind" text DEFAULT 'outcome' NOT NULL,
	"data_source" text,
	"is_iku" boolean DEFAULT false NOT NULL,
	"ordinal_scale" jsonb,
	"baseline_year" integer,
	"baseline_value" numeric,
	"baseline_grade" text,
	"end_target_value" numeric,
	"end_target_low" numeric,
	"end_target_high" numeric,
	"end_target_grade" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "indicator_code_key" UNIQUE("renstra_period_id","code"),
	CONSTRAINT "indicator_owner_check" CHECK (((case when "indicator"."renstra_tujuan_id" is null then 0 else 1 end) + (case when "indicator"."sasaran_strategis_id" is null then 0 else 1 end) + (case when "indicator"."program_id" is null then 0 else 1 end) + (case when "indicator"."kegiatan_id" is null then 0 else 1 end) + (case when "indicator"."sub_kegiatan_id" is null then 0 else 1 end)) = 1),
	CONSTRAINT "indicator_polarity_check" CHECK ("indicator"."polarity" in ('positive', 'negative', 'range', 'ordinal')),
	CONSTRAINT "indicator_period_aggregation_check" CHECK ("indicator"."period_aggregation" in ('cumulative', 'last', 'average')),
	CONSTRAINT "indicator_reporting_frequency_check" CHECK ("indicator"."reporting_frequency" in ('monthly', 'quarterly', 'semester', 'yearly')),
	CONSTRAINT "indicator_result_kind_check" CHECK ("indicator"."result_kind" in ('input', 'output', 'outcome', 'impact')),
	CONSTRAINT "indicator_ordinal_scale_check" CHECK (("indicator"."polarity" = 'ordinal') = ("indicator"."ordinal_scale" is not null))
);
--> statement-breakpoint
CREATE TABLE "indicator_component" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_component_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "indicator_component_code_key" UNIQUE("indicator_id","code"),
	CONSTRAINT "indicator_component_code_check" CHECK ("indicator_component"."code" ~ '^[A-Za-z_][A-Za-z0-9_]*$')
);
--> statement-breakpoint
CREATE TABLE "indicator_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric,
	"low" numeric,
	"high" numeric,
	"grade" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_target_year_key" UNIQUE("indicator_id","year"),
	CONSTRAINT "indicator_target_year_check" CHECK ("indicator_target"."year" between 2000 and 2100),
	CONSTRAINT "indicator_target_shape_check" CHECK ("indicator_target"."value" is not null or ("indicator_target"."low" is not null and "indicator_target"."high" is not null and "indicator_target"."low" <= "indicator_target"."high") or "indicator_target"."grade" is not null)
);
--> statement-breakpoint
CREATE TABLE "kegiatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"org_unit_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kegiatan_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "kegiatan_code_key" UNIQUE("program_id","code"),
	CONSTRAINT "kegiatan_code_check" CHECK ("kegiatan"."code" ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "program" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"renstra_period_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"org_unit_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "program_code_key" UNIQUE("renstra_period_id","code"),
	CONSTRAINT "program_code_check" CHECK ("program"."code" ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "renstra_misi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"renstra_period_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"statement" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "renstra_misi_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "renstra_misi_number_key" UNIQUE("renstra_period_id","number")
);
--> statement-breakpoint
CREATE TABLE "renstra_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"rpjmd_period_id" uuid,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"visi" text NOT NULL,
	"legal_basis" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "renstra_period_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "renstra_period_agency_start_key" UNIQUE("agency_id","start_year"),
	CONSTRAINT "renstra_period_years_check" CHECK ("renstra_period"."end_year" >= "renstra_period"."start_year" and "renstra_period"."start_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "renstra_tujuan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"renstra_period_id" uuid NOT NULL,
	"renstra_misi_id" uuid,
	"code" text NOT NULL,
	"statement" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "renstra_tujuan_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "renstra_tujuan_code_key" UNIQUE("renstra_period_id","code")
);
--> statement-breakpoint
CREATE TABLE "sasaran_program_link" (
	"sasaran_strategis_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sasaran_program_link_pkey" PRIMARY KEY("sasaran_strategis_id","program_id")
);
--> statement-breakpoint
CREATE TABLE "sasaran_rpjmd_link" (
	"sasaran_strategis_id" uuid NOT NULL,
	"rpjmd_sasaran_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sasaran_rpjmd_link_pkey" PRIMARY KEY("sasaran_strategis_id","rpjmd_sasaran_id")
);
--> statement-breakpoint
CREATE TABLE "sasaran_strategis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"renstra_period_id" uuid NOT NULL,
	"renstra_tujuan_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"code" text NOT NULL,
	"statement" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sasaran_strategis_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "sasaran_strategis_code_key" UNIQUE("renstra_period_id","code")
);
--> statement-breakpoint
CREATE TABLE "sub_kegiatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kegiatan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"org_unit_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sub_kegiatan_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "sub_kegiatan_code_key" UNIQUE("kegiatan_id","code"),
	CONSTRAINT "sub_kegiatan_code_check" CHECK ("sub_kegiatan"."code" ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "perjanjian_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"parent_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perjanjian_kinerja_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "perjanjian_kinerja_unit_year_key" UNIQUE("org_unit_id","year"),
	CONSTRAINT "perjanjian_kinerja_year_check" CHECK ("perjanjian_kinerja"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "pk_budget" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"pk_version_id" uuid NOT NULL,
	"program_id" uuid,
	"kegiatan_id" uuid,
	"sub_kegiatan_id" uuid,
	"amount" bigint NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pk_budget_line_key" UNIQUE NULLS NOT DISTINCT("pk_version_id","program_id","kegiatan_id","sub_kegiatan_id"),
	CONSTRAINT "pk_budget_owner_check" CHECK (((case when "pk_budget"."program_id" is null then 0 else 1 end) + (case when "pk_budget"."kegiatan_id" is null then 0 else 1 end) + (case when "pk_budget"."sub_kegiatan_id" is null then 0 else 1 end)) = 1),
	CONSTRAINT "pk_budget_amount_check" CHECK ("pk_budget"."amount" between 0 and 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "pk_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"pk_version_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric,
	"low" numeric,
	"high" numeric,
	"grade" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pk_target_indicator_key" UNIQUE("pk_version_id","indicator_id"),
	CONSTRAINT "pk_target_shape_check" CHECK ("pk_target"."value" is not null or ("pk_target"."low" is not null and "pk_target"."high" is not null and "pk_target"."low" <= "pk_target"."high") or "pk_target"."grade" is not null)
);
--> statement-breakpoint
CREATE TABLE "pk_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"perjanjian_kinerja_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"first_party_signatory_id" uuid,
	"second_party_signatory_id" uuid,
	"signed_on" date,
	"signed_place" text,
	"signed_at" timestamp with time zone,
	"signed_by_user_id" uuid,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pk_version_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "pk_version_number_key" UNIQUE("perjanjian_kinerja_id","number"),
	CONSTRAINT "pk_version_kind_check" CHECK ("pk_version"."kind" in ('original', 'perubahan')),
	CONSTRAINT "pk_version_status_check" CHECK ("pk_version"."status" in ('draft', 'submitted', 'signed')),
	CONSTRAINT "pk_version_number_check" CHECK ("pk_version"."number" >= 1 and (("pk_version"."number" = 1) = ("pk_version"."kind" = 'original'))),
	CONSTRAINT "pk_version_signed_check" CHECK ("pk_version"."status" <> 'signed' or ("pk_version"."signed_on" is not null and "pk_version"."signed_at" is not null and "pk_version"."first_party_signatory_id" is not null and "pk_version"."second_party_signatory_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "evidence_blob" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_blob_sha256_check" CHECK ("evidence_blob"."sha256" = encode(sha256("evidence_blob"."content"), 'hex')),
	CONSTRAINT "evidence_blob_size_check" CHECK ("evidence_blob"."size_bytes" = octet_length("evidence_blob"."content") and "evidence_blob"."size_bytes" between 1 and 20971520)
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"realisation_id" uuid NOT NULL,
	"blob_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"description" text,
	"uploaded_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_file_blob_key" UNIQUE("realisation_id","blob_sha256"),
	CONSTRAINT "evidence_file_mime_type_check" CHECK ("evidence_file"."mime_type" in ('application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'text/csv')),
	CONSTRAINT "evidence_file_size_check" CHECK ("evidence_file"."size_bytes" between 1 and 20971520),
	CONSTRAINT "evidence_file_name_check" CHECK (length("evidence_file"."file_name") between 1 and 255 and "evidence_file"."file_name" !~ '[/\\]')
);
--> statement-breakpoint
CREATE TABLE "realisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_no" integer NOT NULL,
	"value" numeric,
	"grade" text,
	"note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"entered_by_user_id" uuid,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone,
	"verified_by_user_id" uuid,
	"verified_at" timestamp with time zone,
	"returned_by_user_id" uuid,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisation_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "realisation_period_key" UNIQUE("indicator_id","year","period_kind","period_no"),
	CONSTRAINT "realisation_year_check" CHECK ("realisation"."year" between 2000 and 2100),
	CONSTRAINT "realisation_period_kind_check" CHECK ("realisation"."period_kind" in ('month', 'quarter', 'semester', 'year')),
	CONSTRAINT "realisation_period_no_check" CHECK ("realisation"."period_no" >= 1 and "realisation"."period_no" <= case "realisation"."period_kind" when 'month' then 12 when 'quarter' then 4 when 'semester' then 2 else 1 end),
	CONSTRAINT "realisation_status_check" CHECK ("realisation"."status" in ('draft', 'submitted', 'verified', 'returned')),
	CONSTRAINT "realisation_returned_check" CHECK ("realisation"."status" <> 'returned' or ("realisation"."return_reason" is not null and "realisation"."returned_at" is not null)),
	CONSTRAINT "realisation_verified_check" CHECK ("realisation"."status" <> 'verified' or "realisation"."verified_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "realisation_component" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"realisation_id" uuid NOT NULL,
	"indicator_component_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisation_component_key" UNIQUE("realisation_id","indicator_component_id")
);
--> statement-breakpoint
CREATE TABLE "budget_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"sub_kegiatan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"spending_type" text NOT NULL,
	"pagu_murni" bigint NOT NULL,
	"pagu_perubahan" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_line_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "budget_line_key" UNIQUE("sub_kegiatan_id","year","spending_type"),
	CONSTRAINT "budget_line_year_check" CHECK ("budget_line"."year" between 2000 and 2100),
	CONSTRAINT "budget_line_spending_type_check" CHECK ("budget_line"."spending_type" in ('pegawai', 'barang_jasa', 'modal', 'hibah', 'bantuan_sosial', 'tidak_terduga', 'lainnya')),
	CONSTRAINT "budget_line_pagu_murni_check" CHECK ("budget_line"."pagu_murni" between 0 and 9007199254740991),
	CONSTRAINT "budget_line_pagu_perubahan_check" CHECK ("budget_line"."pagu_perubahan" between 0 and 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "budget_realisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"period_kind" text NOT NULL,
	"period_no" integer NOT NULL,
	"amount" bigint NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_realisation_period_key" UNIQUE("budget_line_id","period_kind","period_no"),
	CONSTRAINT "budget_realisation_period_kind_check" CHECK ("budget_realisation"."period_kind" in ('month', 'quarter', 'semester', 'year')),
	CONSTRAINT "budget_realisation_period_no_check" CHECK ("budget_realisation"."period_no" >= 1 and "budget_realisation"."period_no" <= case "budget_realisation"."period_kind" when 'month' then 12 when 'quarter' then 4 when 'semester' then 2 else 1 end),
	CONSTRAINT "budget_realisation_amount_check" CHECK ("budget_realisation"."amount" between 0 and 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "sub_kegiatan_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"sub_kegiatan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_no" integer NOT NULL,
	"physical_progress_percent" numeric NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sub_kegiatan_progress_period_key" UNIQUE("sub_kegiatan_id","year","period_kind","period_no"),
	CONSTRAINT "sub_kegiatan_progress_year_check" CHECK ("sub_kegiatan_progress"."year" between 2000 and 2100),
	CONSTRAINT "sub_kegiatan_progress_period_kind_check" CHECK ("sub_kegiatan_progress"."period_kind" in ('month', 'quarter', 'semester', 'year')),
	CONSTRAINT "sub_kegiatan_progress_period_no_check" CHECK ("sub_kegiatan_progress"."period_no" >= 1 and "sub_kegiatan_progress"."period_no" <= case "sub_kegiatan_progress"."period_kind" when 'month' then 12 when 'quarter' then 4 when 'semester' then 2 else 1 end),
	CONSTRAINT "sub_kegiatan_progress_percent_check" CHECK ("sub_kegiatan_progress"."physical_progress_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "narrative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"section" text NOT NULL,
	"sasaran_strategis_id" uuid,
	"topic" text DEFAULT 'umum' NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "narrative_key" UNIQUE NULLS NOT DISTINCT("agency_id","year","section","sasaran_strategis_id","topic"),
	CONSTRAINT "narrative_year_check" CHECK ("narrative"."year" between 2000 and 2100),
	CONSTRAINT "narrative_topic_check" CHECK ("narrative"."topic" in ('umum', 'analisis', 'penyebab_keberhasilan', 'penyebab_kegagalan', 'solusi', 'langkah_ke_depan', 'efisiensi', 'perbandingan_nasional')),
	CONSTRAINT "narrative_section_check" CHECK ("narrative"."section" ~ '^[a-z0-9_]+([.][a-z0-9_]+)*$')
);
--> statement-breakpoint
CREATE TABLE "sdm_count" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"sdm_snapshot_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"category" text NOT NULL,
	"count" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sdm_count_key" UNIQUE("sdm_snapshot_id","dimension","category"),
	CONSTRAINT "sdm_count_dimension_check" CHECK ("sdm_count"."dimension" in ('golongan', 'pendidikan', 'eselon', 'jabatan', 'jenis_kelamin', 'status_kepegawaian')),
	CONSTRAINT "sdm_count_count_check" CHECK ("sdm_count"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sdm_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"as_of" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sdm_snapshot_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "sdm_snapshot_year_key" UNIQUE("agency_id","year"),
	CONSTRAINT "sdm_snapshot_year_check" CHECK ("sdm_snapshot"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "assistance_delivery" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"program" text NOT NULL,
	"program_label" text DEFAULT '' NOT NULL,
	"kecamatan_id" uuid,
	"recipients" integer,
	"units" numeric,
	"unit_name" text,
	"value" bigint,
	"funding_source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistance_delivery_key" UNIQUE NULLS NOT DISTINCT("agency_id","year","program","program_label","kecamatan_id"),
	CONSTRAINT "assistance_delivery_year_check" CHECK ("assistance_delivery"."year" between 2000 and 2100),
	CONSTRAINT "assistance_delivery_program_check" CHECK ("assistance_delivery"."program" in ('pkh', 'sembako_bpnt', 'pbi_jk', 'rtlh', 'kube', 'uep', 'permakanan', 'alat_bantu', 'bantuan_bencana', 'lainnya')),
	CONSTRAINT "assistance_delivery_recipients_check" CHECK ("assistance_delivery"."recipients" >= 0),
	CONSTRAINT "assistance_delivery_units_check" CHECK ("assistance_delivery"."units" >= 0),
	CONSTRAINT "assistance_delivery_value_check" CHECK ("assistance_delivery"."value" between 0 and 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "ppks_count" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"kecamatan_id" uuid,
	"count" integer NOT NULL,
	"data_source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ppks_count_key" UNIQUE NULLS NOT DISTINCT("agency_id","year","category","kecamatan_id"),
	CONSTRAINT "ppks_count_year_check" CHECK ("ppks_count"."year" between 2000 and 2100),
	CONSTRAINT "ppks_count_category_check" CHECK ("ppks_count"."category" in ('anak_balita_telantar', 'anak_telantar', 'anak_berhadapan_dengan_hukum', 'anak_jalanan', 'anak_dengan_disabilitas', 'anak_korban_kekerasan', 'anak_memerlukan_perlindungan_khusus', 'lanjut_usia_telantar', 'penyandang_disabilitas', 'tuna_susila', 'gelandangan', 'pengemis', 'pemulung', 'kelompok_minoritas', 'bekas_warga_binaan_pemasyarakatan', 'odha', 'korban_napza', 'korban_perdagangan_orang', 'korban_tindak_kekerasan', 'pekerja_migran_bermasalah_sosial', 'korban_bencana_alam', 'korban_bencana_sosial', 'perempuan_rawan_sosial_ekonomi', 'fakir_miskin', 'keluarga_bermasalah_sosial_psikologis', 'komunitas_adat_terpencil', 'lainnya')),
	CONSTRAINT "ppks_count_count_check" CHECK ("ppks_count"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "psks_count" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"type" text NOT NULL,
	"kecamatan_id" uuid,
	"count" integer NOT NULL,
	"data_source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psks_count_key" UNIQUE NULLS NOT DISTINCT("agency_id","year","type","kecamatan_id"),
	CONSTRAINT "psks_count_year_check" CHECK ("psks_count"."year" between 2000 and 2100),
	CONSTRAINT "psks_count_type_check" CHECK ("psks_count"."type" in ('pekerja_sosial_profesional', 'pekerja_sosial_masyarakat', 'tksk', 'tagana', 'karang_taruna', 'lks', 'lk3', 'wanita_pemimpin_kesejahteraan_sosial', 'penyuluh_sosial', 'keluarga_pioneer', 'dunia_usaha', 'lainnya')),
	CONSTRAINT "psks_count_count_check" CHECK ("psks_count"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "akip_component_score" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"akip_evaluation_id" uuid NOT NULL,
	"component" text NOT NULL,
	"weight" numeric NOT NULL,
	"score" numeric NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "akip_component_score_key" UNIQUE("akip_evaluation_id","component"),
	CONSTRAINT "akip_component_score_component_check" CHECK ("akip_component_score"."component" in ('perencanaan', 'pengukuran', 'pelaporan', 'evaluasi_internal')),
	CONSTRAINT "akip_component_score_range_check" CHECK ("akip_component_score"."score" >= 0 and "akip_component_score"."score" <= "akip_component_score"."weight")
);
--> statement-breakpoint
CREATE TABLE "akip_evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"evaluator" text NOT NULL,
	"evaluated_on" date,
	"letter_number" text,
	"published_grade" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "akip_evaluation_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "akip_evaluation_key" UNIQUE("agency_id","year","evaluator"),
	CONSTRAINT "akip_evaluation_year_check" CHECK ("akip_evaluation"."year" between 2000 and 2100),
	CONSTRAINT "akip_evaluation_grade_check" CHECK ("akip_evaluation"."published_grade" is null or "akip_evaluation"."published_grade" in ('AA', 'A', 'BB', 'B', 'CC', 'C', 'D'))
);
--> statement-breakpoint
CREATE TABLE "akip_recommendation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"akip_evaluation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"recommendation" text NOT NULL,
	"follow_up_status" text DEFAULT 'belum' NOT NULL,
	"follow_up_note" text,
	"follow_up_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "akip_recommendation_key" UNIQUE("akip_evaluation_id","number"),
	CONSTRAINT "akip_recommendation_status_check" CHECK ("akip_recommendation"."follow_up_status" in ('belum', 'proses', 'selesai', 'tidak_dapat_ditindaklanjuti'))
);
--> statement-breakpoint
CREATE TABLE "ikm_element_total" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"ikm_survey_id" uuid NOT NULL,
	"element" text NOT NULL,
	"score_sum" integer NOT NULL,
	"respondents" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ikm_element_total_key" UNIQUE("ikm_survey_id","element"),
	CONSTRAINT "ikm_element_total_element_check" CHECK ("ikm_element_total"."element" in ('U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9')),
	CONSTRAINT "ikm_element_total_range_check" CHECK ("ikm_element_total"."respondents" > 0 and "ikm_element_total"."score_sum" between "ikm_element_total"."respondents" and 4 * "ikm_element_total"."respondents")
);
--> statement-breakpoint
CREATE TABLE "ikm_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"ikm_survey_id" uuid NOT NULL,
	"respondent_no" integer NOT NULL,
	"u1" smallint NOT NULL,
	"u2" smallint NOT NULL,
	"u3" smallint NOT NULL,
	"u4" smallint NOT NULL,
	"u5" smallint NOT NULL,
	"u6" smallint NOT NULL,
	"u7" smallint NOT NULL,
	"u8" smallint NOT NULL,
	"u9" smallint NOT NULL,
	"sex" text,
	"age_group" text,
	"education" text,
	"occupation" text,
	"responded_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ikm_response_key" UNIQUE("ikm_survey_id","respondent_no"),
	CONSTRAINT "ikm_response_u1_check" CHECK ("ikm_response"."u1" between 1 and 4),
	CONSTRAINT "ikm_response_u2_check" CHECK ("ikm_response"."u2" between 1 and 4),
	CONSTRAINT "ikm_response_u3_check" CHECK ("ikm_response"."u3" between 1 and 4),
	CONSTRAINT "ikm_response_u4_check" CHECK ("ikm_response"."u4" between 1 and 4),
	CONSTRAINT "ikm_response_u5_check" CHECK ("ikm_response"."u5" between 1 and 4),
	CONSTRAINT "ikm_response_u6_check" CHECK ("ikm_response"."u6" between 1 and 4),
	CONSTRAINT "ikm_response_u7_check" CHECK ("ikm_response"."u7" between 1 and 4),
	CONSTRAINT "ikm_response_u8_check" CHECK ("ikm_response"."u8" between 1 and 4),
	CONSTRAINT "ikm_response_u9_check" CHECK ("ikm_response"."u9" between 1 and 4),
	CONSTRAINT "ikm_response_sex_check" CHECK ("ikm_response"."sex" is null or "ikm_response"."sex" in ('L', 'P'))
);
--> statement-breakpoint
CREATE TABLE "ikm_survey" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"service_name" text DEFAULT '' NOT NULL,
	"period_label" text DEFAULT '' NOT NULL,
	"method" text NOT NULL,
	"started_on" date,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ikm_survey_id_agency_key" UNIQUE("id","agency_id"),
	CONSTRAINT "ikm_survey_key" UNIQUE("agency_id","year","service_name","period_label"),
	CONSTRAINT "ikm_survey_year_check" CHECK ("ikm_survey"."year" between 2000 and 2100),
	CONSTRAINT "ikm_survey_method_check" CHECK ("ikm_survey"."method" in ('responses', 'element_totals'))
);
--> statement-breakpoint
CREATE TABLE "measurement_setting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid,
	"agency_id" uuid,
	"from_year" integer NOT NULL,
	"scale_preset" text NOT NULL,
	"custom_scale" jsonb,
	"sasaran_aggregation" text DEFAULT 'mean' NOT NULL,
	"capaian_cap" numeric,
	"negative_formula" text DEFAULT 'two_minus_ratio' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_setting_key" UNIQUE NULLS NOT DISTINCT("region_id","agency_id","from_year"),
	CONSTRAINT "measurement_setting_scope_check" CHECK (("measurement_setting"."region_id" is null) <> ("measurement_setting"."agency_id" is null)),
	CONSTRAINT "measurement_setting_year_check" CHECK ("measurement_setting"."from_year" between 2000 and 2100),
	CONSTRAINT "measurement_setting_preset_check" CHECK ("measurement_setting"."scale_preset" in ('permendagri_86_2017', 'baik_4', 'lan_239_2003', 'custom')),
	CONSTRAINT "measurement_setting_custom_check" CHECK (("measurement_setting"."scale_preset" = 'custom') = ("measurement_setting"."custom_scale" is not null)),
	CONSTRAINT "measurement_setting_aggregation_check" CHECK ("measurement_setting"."sasaran_aggregation" in ('mean', 'group_mean')),
	CONSTRAINT "measurement_setting_negative_check" CHECK ("measurement_setting"."negative_formula" in ('two_minus_ratio', 'inverse_ratio')),
	CONSTRAINT "measurement_setting_cap_check" CHECK ("measurement_setting"."capaian_cap" is null or "measurement_setting"."capaian_cap" >= 100)
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"nip" text,
	"password_hash" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"last_login_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_username_check" CHECK ("app_user"."username" ~ '^[A-Za-z0-9._-]{3,64}$'),
	CONSTRAINT "app_user_locale_check" CHECK ("app_user"."locale" in ('id', 'en'))
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"ip_address" text,
	"user_agent" text,
	CONSTRAINT "session_token_hash_key" UNIQUE("token_hash"),
	CONSTRAINT "session_token_hash_check" CHECK ("session"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "user_role" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"region_id" uuid,
	"agency_id" uuid,
	"org_unit_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_role_key" UNIQUE NULLS NOT DISTINCT("user_id","role","region_id","agency_id","org_unit_id"),
	CONSTRAINT "user_role_role_check" CHECK ("user_role"."role" in ('super_admin', 'admin_pemda', 'admin_opd', 'operator', 'verifikator', 'pimpinan', 'inspektorat', 'pembaca')),
	CONSTRAINT "user_role_unit_needs_agency_check" CHECK ("user_role"."org_unit_id" is null or "user_role"."agency_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"origin" text NOT NULL,
	"action" text NOT NULL,
	"entity_table" text NOT NULL,
	"entity_id" text NOT NULL,
	"agency_id" uuid,
	"region_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	CONSTRAINT "audit_log_origin_check" CHECK ("audit_log"."origin" in ('web', 'api', 'cli', 'import', 'system')),
	CONSTRAINT "audit_log_action_check" CHECK ("audit_log"."action" ~ '^[a-z_]+([.][a-z_]+)+$')
);
--> statement-breakpoint
ALTER TABLE "agency" ADD CONSTRAINT "agency_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kecamatan" ADD CONSTRAINT "kecamatan_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_parent_fk" FOREIGN KEY ("parent_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region" ADD CONSTRAINT "region_parent_region_id_region_id_fk" FOREIGN KEY ("parent_region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_indicator" ADD CONSTRAINT "rpjmd_indicator_rpjmd_sasaran_id_rpjmd_sasaran_id_fk" FOREIGN KEY ("rpjmd_sasaran_id") REFERENCES "public"."rpjmd_sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_indicator_target" ADD CONSTRAINT "rpjmd_indicator_target_rpjmd_indicator_id_rpjmd_indicator_id_fk" FOREIGN KEY ("rpjmd_indicator_id") REFERENCES "public"."rpjmd_indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_misi" ADD CONSTRAINT "rpjmd_misi_rpjmd_period_id_rpjmd_period_id_fk" FOREIGN KEY ("rpjmd_period_id") REFERENCES "public"."rpjmd_period"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_period" ADD CONSTRAINT "rpjmd_period_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_sasaran" ADD CONSTRAINT "rpjmd_sasaran_rpjmd_tujuan_id_rpjmd_tujuan_id_fk" FOREIGN KEY ("rpjmd_tujuan_id") REFERENCES "public"."rpjmd_tujuan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_tujuan" ADD CONSTRAINT "rpjmd_tujuan_rpjmd_misi_id_rpjmd_misi_id_fk" FOREIGN KEY ("rpjmd_misi_id") REFERENCES "public"."rpjmd_misi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatory" ADD CONSTRAINT "signatory_position_id_position_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."position"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatory" ADD CONSTRAINT "signatory_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_period_fk" FOREIGN KEY ("renstra_period_id","agency_id") REFERENCES "public"."renstra_period"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tujuan_fk" FOREIGN KEY ("renstra_tujuan_id","agency_id") REFERENCES "public"."renstra_tujuan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_sasaran_fk" FOREIGN KEY ("sasaran_strategis_id","agency_id") REFERENCES "public"."sasaran_strategis"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_program_fk" FOREIGN KEY ("program_id","agency_id") REFERENCES "public"."program"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_kegiatan_fk" FOREIGN KEY ("kegiatan_id","agency_id") REFERENCES "public"."kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_sub_kegiatan_fk" FOREIGN KEY ("sub_kegiatan_id","agency_id") REFERENCES "public"."sub_kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_component" ADD CONSTRAINT "indicator_component_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_component" ADD CONSTRAINT "indicator_component_indicator_fk" FOREIGN KEY ("indicator_id","agency_id") REFERENCES "public"."indicator"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_indicator_fk" FOREIGN KEY ("indicator_id","agency_id") REFERENCES "public"."indicator"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan" ADD CONSTRAINT "kegiatan_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan" ADD CONSTRAINT "kegiatan_program_fk" FOREIGN KEY ("program_id","agency_id") REFERENCES "public"."program"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan" ADD CONSTRAINT "kegiatan_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_period_fk" FOREIGN KEY ("renstra_period_id","agency_id") REFERENCES "public"."renstra_period"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_misi" ADD CONSTRAINT "renstra_misi_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_misi" ADD CONSTRAINT "renstra_misi_period_fk" FOREIGN KEY ("renstra_period_id","agency_id") REFERENCES "public"."renstra_period"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_period" ADD CONSTRAINT "renstra_period_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_period" ADD CONSTRAINT "renstra_period_rpjmd_period_id_rpjmd_period_id_fk" FOREIGN KEY ("rpjmd_period_id") REFERENCES "public"."rpjmd_period"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_tujuan" ADD CONSTRAINT "renstra_tujuan_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_tujuan" ADD CONSTRAINT "renstra_tujuan_period_fk" FOREIGN KEY ("renstra_period_id","agency_id") REFERENCES "public"."renstra_period"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renstra_tujuan" ADD CONSTRAINT "renstra_tujuan_misi_fk" FOREIGN KEY ("renstra_misi_id","agency_id") REFERENCES "public"."renstra_misi"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_program_link" ADD CONSTRAINT "sasaran_program_link_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_program_link" ADD CONSTRAINT "sasaran_program_link_sasaran_fk" FOREIGN KEY ("sasaran_strategis_id","agency_id") REFERENCES "public"."sasaran_strategis"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_program_link" ADD CONSTRAINT "sasaran_program_link_program_fk" FOREIGN KEY ("program_id","agency_id") REFERENCES "public"."program"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_rpjmd_link" ADD CONSTRAINT "sasaran_rpjmd_link_sasaran_strategis_id_sasaran_strategis_id_fk" FOREIGN KEY ("sasaran_strategis_id") REFERENCES "public"."sasaran_strategis"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_rpjmd_link" ADD CONSTRAINT "sasaran_rpjmd_link_rpjmd_sasaran_id_rpjmd_sasaran_id_fk" FOREIGN KEY ("rpjmd_sasaran_id") REFERENCES "public"."rpjmd_sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_rpjmd_link" ADD CONSTRAINT "sasaran_rpjmd_link_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_strategis" ADD CONSTRAINT "sasaran_strategis_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_strategis" ADD CONSTRAINT "sasaran_strategis_period_fk" FOREIGN KEY ("renstra_period_id","agency_id") REFERENCES "public"."renstra_period"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_strategis" ADD CONSTRAINT "sasaran_strategis_tujuan_fk" FOREIGN KEY ("renstra_tujuan_id","agency_id") REFERENCES "public"."renstra_tujuan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_strategis" ADD CONSTRAINT "sasaran_strategis_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_kegiatan" ADD CONSTRAINT "sub_kegiatan_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_kegiatan" ADD CONSTRAINT "sub_kegiatan_kegiatan_fk" FOREIGN KEY ("kegiatan_id","agency_id") REFERENCES "public"."kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_kegiatan" ADD CONSTRAINT "sub_kegiatan_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perjanjian_kinerja" ADD CONSTRAINT "perjanjian_kinerja_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perjanjian_kinerja" ADD CONSTRAINT "perjanjian_kinerja_parent_id_perjanjian_kinerja_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."perjanjian_kinerja"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perjanjian_kinerja" ADD CONSTRAINT "perjanjian_kinerja_org_unit_fk" FOREIGN KEY ("org_unit_id","agency_id") REFERENCES "public"."org_unit"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_budget" ADD CONSTRAINT "pk_budget_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_budget" ADD CONSTRAINT "pk_budget_version_fk" FOREIGN KEY ("pk_version_id","agency_id") REFERENCES "public"."pk_version"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_budget" ADD CONSTRAINT "pk_budget_program_fk" FOREIGN KEY ("program_id","agency_id") REFERENCES "public"."program"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_budget" ADD CONSTRAINT "pk_budget_kegiatan_fk" FOREIGN KEY ("kegiatan_id","agency_id") REFERENCES "public"."kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_budget" ADD CONSTRAINT "pk_budget_sub_kegiatan_fk" FOREIGN KEY ("sub_kegiatan_id","agency_id") REFERENCES "public"."sub_kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_target" ADD CONSTRAINT "pk_target_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_target" ADD CONSTRAINT "pk_target_version_fk" FOREIGN KEY ("pk_version_id","agency_id") REFERENCES "public"."pk_version"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_target" ADD CONSTRAINT "pk_target_indicator_fk" FOREIGN KEY ("indicator_id","agency_id") REFERENCES "public"."indicator"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_version" ADD CONSTRAINT "pk_version_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_version" ADD CONSTRAINT "pk_version_first_party_signatory_id_signatory_id_fk" FOREIGN KEY ("first_party_signatory_id") REFERENCES "public"."signatory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_version" ADD CONSTRAINT "pk_version_second_party_signatory_id_signatory_id_fk" FOREIGN KEY ("second_party_signatory_id") REFERENCES "public"."signatory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_version" ADD CONSTRAINT "pk_version_signed_by_user_id_app_user_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_version" ADD CONSTRAINT "pk_version_pk_fk" FOREIGN KEY ("perjanjian_kinerja_id","agency_id") REFERENCES "public"."perjanjian_kinerja"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_blob_sha256_evidence_blob_sha256_fk" FOREIGN KEY ("blob_sha256") REFERENCES "public"."evidence_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_uploaded_by_user_id_app_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_realisation_fk" FOREIGN KEY ("realisation_id","agency_id") REFERENCES "public"."realisation"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation" ADD CONSTRAINT "realisation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation" ADD CONSTRAINT "realisation_entered_by_user_id_app_user_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation" ADD CONSTRAINT "realisation_submitted_by_user_id_app_user_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation" ADD CONSTRAINT "realisation_verified_by_user_id_app_user_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation" ADD CONSTRAINT "realisation_returned_by_user_id_app_user_id_fk" FOREIGN KEY ("returned_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation" ADD CONSTRAINT "realisation_indicator_fk" FOREIGN KEY ("indicator_id","agency_id") REFERENCES "public"."indicator"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_component" ADD CONSTRAINT "realisation_component_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_component" ADD CONSTRAINT "realisation_component_realisation_fk" FOREIGN KEY ("realisation_id","agency_id") REFERENCES "public"."realisation"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_component" ADD CONSTRAINT "realisation_component_component_fk" FOREIGN KEY ("indicator_component_id","agency_id") REFERENCES "public"."indicator_component"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_sub_kegiatan_fk" FOREIGN KEY ("sub_kegiatan_id","agency_id") REFERENCES "public"."sub_kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_realisation" ADD CONSTRAINT "budget_realisation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_realisation" ADD CONSTRAINT "budget_realisation_line_fk" FOREIGN KEY ("budget_line_id","agency_id") REFERENCES "public"."budget_line"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_kegiatan_progress" ADD CONSTRAINT "sub_kegiatan_progress_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_kegiatan_progress" ADD CONSTRAINT "sub_kegiatan_progress_sub_kegiatan_fk" FOREIGN KEY ("sub_kegiatan_id","agency_id") REFERENCES "public"."sub_kegiatan"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative" ADD CONSTRAINT "narrative_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative" ADD CONSTRAINT "narrative_sasaran_fk" FOREIGN KEY ("sasaran_strategis_id","agency_id") REFERENCES "public"."sasaran_strategis"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sdm_count" ADD CONSTRAINT "sdm_count_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sdm_count" ADD CONSTRAINT "sdm_count_snapshot_fk" FOREIGN KEY ("sdm_snapshot_id","agency_id") REFERENCES "public"."sdm_snapshot"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sdm_snapshot" ADD CONSTRAINT "sdm_snapshot_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_delivery" ADD CONSTRAINT "assistance_delivery_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_delivery" ADD CONSTRAINT "assistance_delivery_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppks_count" ADD CONSTRAINT "ppks_count_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ppks_count" ADD CONSTRAINT "ppks_count_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psks_count" ADD CONSTRAINT "psks_count_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psks_count" ADD CONSTRAINT "psks_count_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akip_component_score" ADD CONSTRAINT "akip_component_score_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akip_component_score" ADD CONSTRAINT "akip_component_score_evaluation_fk" FOREIGN KEY ("akip_evaluation_id","agency_id") REFERENCES "public"."akip_evaluation"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akip_evaluation" ADD CONSTRAINT "akip_evaluation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akip_recommendation" ADD CONSTRAINT "akip_recommendation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akip_recommendation" ADD CONSTRAINT "akip_recommendation_evaluation_fk" FOREIGN KEY ("akip_evaluation_id","agency_id") REFERENCES "public"."akip_evaluation"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_element_total" ADD CONSTRAINT "ikm_element_total_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_element_total" ADD CONSTRAINT "ikm_element_total_survey_fk" FOREIGN KEY ("ikm_survey_id","agency_id") REFERENCES "public"."ikm_survey"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_response" ADD CONSTRAINT "ikm_response_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_response" ADD CONSTRAINT "ikm_response_survey_fk" FOREIGN KEY ("ikm_survey_id","agency_id") REFERENCES "public"."ikm_survey"("id","agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ikm_survey" ADD CONSTRAINT "ikm_survey_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_setting" ADD CONSTRAINT "measurement_setting_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_setting" ADD CONSTRAINT "measurement_setting_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_org_unit_id_org_unit_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_region_idx" ON "agency" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "org_unit_agency_idx" ON "org_unit" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "position_agency_idx" ON "position" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "signatory_position_idx" ON "signatory" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "indicator_agency_idx" ON "indicator" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "indicator_sasaran_idx" ON "indicator" USING btree ("sasaran_strategis_id");--> statement-breakpoint
CREATE INDEX "indicator_target_agency_year_idx" ON "indicator_target" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "sasaran_program_link_program_idx" ON "sasaran_program_link" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "sasaran_rpjmd_link_rpjmd_idx" ON "sasaran_rpjmd_link" USING btree ("rpjmd_sasaran_id");--> statement-breakpoint
CREATE INDEX "perjanjian_kinerja_agency_year_idx" ON "perjanjian_kinerja" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "pk_target_indicator_idx" ON "pk_target" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "evidence_file_blob_idx" ON "evidence_file" USING btree ("blob_sha256");--> statement-breakpoint
CREATE INDEX "realisation_agency_year_idx" ON "realisation" USING btree ("agency_id","year","indicator_id");--> statement-breakpoint
CREATE INDEX "budget_line_agency_year_idx" ON "budget_line" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "budget_realisation_agency_idx" ON "budget_realisation" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "sub_kegiatan_progress_agency_year_idx" ON "sub_kegiatan_progress" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "narrative_sasaran_idx" ON "narrative" USING btree ("sasaran_strategis_id");--> statement-breakpoint
CREATE INDEX "assistance_delivery_agency_year_idx" ON "assistance_delivery" USING btree ("agency_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user" USING btree (lower("username"));--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_role_agency_idx" ON "user_role" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_table","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_agency_idx" ON "audit_log" USING btree ("agency_id","occurred_at");