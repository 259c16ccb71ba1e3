CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`opportunity_id` text,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`person_ids` text DEFAULT '[]' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`next_step_task_id` text,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`next_step_task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activities_account_idx` ON `activities` (`account_id`,`deleted_at`,`date`);--> statement-breakpoint
CREATE INDEX `activities_opportunity_idx` ON `activities` (`opportunity_id`);--> statement-breakpoint
CREATE TABLE `anomaly_cache` (
	`account_id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`summary` text NOT NULL,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `anomaly_days` (
	`account_id` text NOT NULL,
	`day` text NOT NULL,
	`anomalies` text NOT NULL,
	PRIMARY KEY(`account_id`, `day`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `anomaly_dismissals` (
	`account_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`subject_key` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `rule_id`, `subject_key`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `change_history` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text NOT NULL,
	`before` text,
	`after` text,
	`at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `change_history_account_idx` ON `change_history` (`account_id`,`at`);--> statement-breakpoint
CREATE INDEX `change_history_entity_idx` ON `change_history` (`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `change_history_at_idx` ON `change_history` (`at`);--> statement-breakpoint
CREATE TABLE `stage_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`opportunity_id` text NOT NULL,
	`template_key` text NOT NULL,
	`template_version` integer NOT NULL,
	`process_key` text NOT NULL,
	`template` text NOT NULL,
	`stage_index` integer NOT NULL,
	`stage_key` text NOT NULL,
	`stage_entered_at` text NOT NULL,
	`checklist` text NOT NULL,
	`moves` text NOT NULL,
	`stages` text NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stage_plans_live_opportunity_unique` ON `stage_plans` (`opportunity_id`) WHERE "stage_plans"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `stage_plans_template_idx` ON `stage_plans` (`template_key`,`template_version`);--> statement-breakpoint
CREATE TABLE `stage_template_versions` (
	`template_key` text NOT NULL,
	`version` integer NOT NULL,
	`template` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`template_key`, `version`),
	FOREIGN KEY (`template_key`) REFERENCES `stage_templates`(`key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `stage_templates` (
	`key` text PRIMARY KEY NOT NULL,
	`based_on_key` text NOT NULL,
	`based_on_version` integer NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`opportunity_id` text,
	`stage_key` text,
	`phase` text,
	`template_task_key` text,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`owner_id` text,
	`start_date` text,
	`due_date` text,
	`person_ids` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`completed_at` text,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tasks_account_idx` ON `tasks` (`account_id`,`deleted_at`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `tasks_due_idx` ON `tasks` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `tasks_completed_idx` ON `tasks` (`completed_at`);--> statement-breakpoint
CREATE INDEX `tasks_opportunity_idx` ON `tasks` (`opportunity_id`);--> statement-breakpoint
CREATE INDEX `tasks_owner_idx` ON `tasks` (`owner_id`);
--> statement-breakpoint
-- The dashboard's anomaly figures of an account are dropped whenever anything the rules read about it changes.
CREATE TRIGGER `people_insert_stale_anomalies` AFTER INSERT ON `people` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `people_update_stale_anomalies` AFTER UPDATE OF name, roles, attitude, relationship, influence, reports_to_id, deleted_at ON `people` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `people_delete_stale_anomalies` AFTER DELETE ON `people` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = OLD.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `links_insert_stale_anomalies` AFTER INSERT ON `links` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `links_update_stale_anomalies` AFTER UPDATE ON `links` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `links_delete_stale_anomalies` AFTER DELETE ON `links` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = OLD.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_insert_stale_anomalies` AFTER INSERT ON `opportunities` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_update_stale_anomalies` AFTER UPDATE OF name, status, deleted_at ON `opportunities` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_delete_stale_anomalies` AFTER DELETE ON `opportunities` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = OLD.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `tasks_insert_stale_anomalies` AFTER INSERT ON `tasks` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `tasks_update_stale_anomalies` AFTER UPDATE ON `tasks` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `tasks_delete_stale_anomalies` AFTER DELETE ON `tasks` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = OLD.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `activities_insert_stale_anomalies` AFTER INSERT ON `activities` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `activities_update_stale_anomalies` AFTER UPDATE ON `activities` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `activities_delete_stale_anomalies` AFTER DELETE ON `activities` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = OLD.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `anomaly_dismissals_insert_stale_anomalies` AFTER INSERT ON `anomaly_dismissals` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `anomaly_dismissals_update_stale_anomalies` AFTER UPDATE ON `anomaly_dismissals` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = NEW.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `anomaly_dismissals_delete_stale_anomalies` AFTER DELETE ON `anomaly_dismissals` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = OLD.`account_id`; END;
--> statement-breakpoint
CREATE TRIGGER `buying_influences_insert_stale_anomalies` AFTER INSERT ON `buying_influences` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `buying_influences_update_stale_anomalies` AFTER UPDATE ON `buying_influences` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `buying_influences_delete_stale_anomalies` AFTER DELETE ON `buying_influences` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = OLD.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `competitors_insert_stale_anomalies` AFTER INSERT ON `competitors` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `competitors_update_stale_anomalies` AFTER UPDATE ON `competitors` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `competitors_delete_stale_anomalies` AFTER DELETE ON `competitors` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = OLD.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `assessments_insert_stale_anomalies` AFTER INSERT ON `assessments` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `assessments_update_stale_anomalies` AFTER UPDATE ON `assessments` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `assessments_delete_stale_anomalies` AFTER DELETE ON `assessments` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = OLD.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `stage_plans_insert_stale_anomalies` AFTER INSERT ON `stage_plans` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `stage_plans_update_stale_anomalies` AFTER UPDATE ON `stage_plans` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = NEW.`opportunity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `stage_plans_delete_stale_anomalies` AFTER DELETE ON `stage_plans` BEGIN DELETE FROM `anomaly_cache` WHERE `account_id` = (SELECT `account_id` FROM `opportunities` WHERE `id` = OLD.`opportunity_id`); END;
