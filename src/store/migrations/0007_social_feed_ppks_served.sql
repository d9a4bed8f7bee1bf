ALTER TABLE "indicator" DROP CONSTRAINT "indicator_feed_check";--> statement-breakpoint
ALTER TABLE "indicator_component" ADD COLUMN "source" jsonb;--> statement-breakpoint
ALTER TABLE "ppks_count" ADD COLUMN "served" integer;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_feed_check" CHECK ("indicator"."feed" is null or "indicator"."feed" in ('ikm', 'akip', 'social'));--> statement-breakpoint
ALTER TABLE "ppks_count" ADD CONSTRAINT "ppks_count_served_check" CHECK ("ppks_count"."served" between 0 and "ppks_count"."count");