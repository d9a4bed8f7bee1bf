ALTER TABLE "user_role" DROP CONSTRAINT "user_role_role_check";--> statement-breakpoint
ALTER TABLE "sasaran_strategis" ALTER COLUMN "renstra_tujuan_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_role_check" CHECK ("user_role"."role" in ('admin', 'operator', 'kepala', 'evaluator', 'viewer'));