CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`round_id` text,
	`code` text,
	`detail` text
);
--> statement-breakpoint
CREATE TABLE `idempotency` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`attempt` text NOT NULL,
	`response` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `links` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`code` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `links_token_hash` ON `links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `links_round_code` ON `links` (`round_id`,`code`);--> statement-breakpoint
CREATE TABLE `round_municipalities` (
	`round_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`round_id`, `code`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`template` text NOT NULL,
	`title` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`allow_late` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`link_id` text,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`values` text NOT NULL,
	`total_nok` integer NOT NULL,
	`reason` text,
	`late` integer DEFAULT false NOT NULL,
	`submitted_at` text NOT NULL,
	`reference` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_version` ON `submissions` (`round_id`,`code`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_reference` ON `submissions` (`reference`);