ALTER TABLE "indicator" ADD COLUMN "feed" text;--> statement-breakpoint
ALTER TABLE "akip_component_score" ADD COLUMN "sub_components" jsonb;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_feed_check" CHECK ("indicator"."feed" is null or "indicator"."feed" in ('ikm', 'akip'));