CREATE TABLE `links` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`source_id` text NOT NULL,
	`target_id` text NOT NULL,
	`kind` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`step` integer,
	`notes` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `links_account_idx` ON `links` (`account_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `links_source_idx` ON `links` (`source_id`);--> statement-breakpoint
CREATE INDEX `links_target_idx` ON `links` (`target_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`reports_to_id` text,
	`roles` text DEFAULT '[]' NOT NULL,
	`attitude` text NOT NULL,
	`relationship` text NOT NULL,
	`target_relationship` text,
	`style` text,
	`influence` text NOT NULL,
	`motivations` text DEFAULT '' NOT NULL,
	`pains` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`x` real,
	`y` real,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reports_to_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `people_account_idx` ON `people` (`account_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `people_reports_to_idx` ON `people` (`reports_to_id`);--> statement-breakpoint
CREATE INDEX `people_owner_idx` ON `people` (`owner_id`);--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL
);
