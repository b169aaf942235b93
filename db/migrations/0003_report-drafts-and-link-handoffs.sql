CREATE TABLE `link_handoffs` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`sealed` text NOT NULL,
	`count` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `sessions` ADD `draft` text;