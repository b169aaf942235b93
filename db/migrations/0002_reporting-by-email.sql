CREATE TABLE `contacts` (
	`code` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`language` text DEFAULT 'nb' NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`slot` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`reason` text,
	`queued_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`sent_at` text,
	`lease_until` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_slot` ON `deliveries` (`round_id`,`code`,`kind`,`slot`);--> statement-breakpoint
CREATE INDEX `deliveries_status` ON `deliveries` (`status`,`updated_at`);--> statement-breakpoint
ALTER TABLE `links` ADD `delivery_id` text;--> statement-breakpoint
CREATE INDEX `links_delivery` ON `links` (`delivery_id`);--> statement-breakpoint
ALTER TABLE `rounds` ADD `reminders` text DEFAULT '[]' NOT NULL;