CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`opportunity_id` text NOT NULL,
	`template_key` text NOT NULL,
	`template_version` integer NOT NULL,
	`snapshot_id` text NOT NULL,
	`scores` text NOT NULL,
	`author` text DEFAULT '' NOT NULL,
	`author_id` text,
	`assessed_at` text NOT NULL,
	`total` real,
	`verdict` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`snapshot_id`) REFERENCES `scorecard_snapshots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assessments_opportunity_idx` ON `assessments` (`opportunity_id`,`deleted_at`,`assessed_at`);--> statement-breakpoint
CREATE INDEX `assessments_author_idx` ON `assessments` (`author_id`);--> statement-breakpoint
CREATE INDEX `assessments_snapshot_idx` ON `assessments` (`snapshot_id`);--> statement-breakpoint
CREATE TABLE `buying_influences` (
	`id` text PRIMARY KEY NOT NULL,
	`opportunity_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text,
	`stance` text,
	`win_result` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `buying_influences_opportunity_idx` ON `buying_influences` (`opportunity_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `buying_influences_person_idx` ON `buying_influences` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `buying_influences_live_person_unique` ON `buying_influences` (`opportunity_id`,`person_id`) WHERE "buying_influences"."deleted_at" is null;--> statement-breakpoint
CREATE TABLE `competitors` (
	`id` text PRIMARY KEY NOT NULL,
	`opportunity_id` text NOT NULL,
	`name` text NOT NULL,
	`position` text NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`weaknesses` text DEFAULT '' NOT NULL,
	`favoured_by` text DEFAULT '[]' NOT NULL,
	`strategy` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `competitors_opportunity_idx` ON `competitors` (`opportunity_id`,`deleted_at`);--> statement-breakpoint
CREATE TABLE `negotiation_plans` (
	`opportunity_id` text PRIMARY KEY NOT NULL,
	`plan` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `offerings` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `opportunities` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`amount` real,
	`currency` text DEFAULT 'CNY' NOT NULL,
	`close_date` text,
	`status` text NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`stage` text NOT NULL,
	`value_proposition` text DEFAULT '' NOT NULL,
	`reference_cases` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opportunities_account_idx` ON `opportunities` (`account_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `opportunities_status_idx` ON `opportunities` (`status`,`deleted_at`);--> statement-breakpoint
CREATE TABLE `scorecard_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`template` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scorecard_template_versions` (
	`template_key` text NOT NULL,
	`version` integer NOT NULL,
	`template` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`template_key`, `version`),
	FOREIGN KEY (`template_key`) REFERENCES `scorecard_templates`(`key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `scorecard_templates` (
	`key` text PRIMARY KEY NOT NULL,
	`based_on_key` text NOT NULL,
	`based_on_version` integer NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE TABLE `whitespace_cells` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`offering_id` text NOT NULL,
	`unit` text NOT NULL,
	`status` text NOT NULL,
	`opportunity_id` text,
	`amount` real,
	`competitor` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `whitespace_cells_account_idx` ON `whitespace_cells` (`account_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `whitespace_cells_offering_idx` ON `whitespace_cells` (`offering_id`);--> statement-breakpoint
CREATE INDEX `whitespace_cells_opportunity_idx` ON `whitespace_cells` (`opportunity_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `whitespace_cells_live_unique` ON `whitespace_cells` (`account_id`,`offering_id`,`unit`) WHERE "whitespace_cells"."deleted_at" is null;--> statement-breakpoint
CREATE TABLE `whitespace_units` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `whitespace_units_account_idx` ON `whitespace_units` (`account_id`,`deleted_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `whitespace_units_live_name_unique` ON `whitespace_units` (`account_id`,`name`) WHERE "whitespace_units"."deleted_at" is null;