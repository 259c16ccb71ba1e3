CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`tier` text NOT NULL,
	`purchasing_mode` text,
	`purchase_pattern` text,
	`annual_potential` real,
	`currency` text DEFAULT 'CNY' NOT NULL,
	`relationship_phase` text NOT NULL,
	`strategic_fit` text DEFAULT '' NOT NULL,
	`client_plan` text DEFAULT '' NOT NULL,
	`procurement_process` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`archived_at` text,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_live_name_unique` ON `accounts` (lower("name")) WHERE "accounts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `accounts_deleted_idx` ON `accounts` (`deleted_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
