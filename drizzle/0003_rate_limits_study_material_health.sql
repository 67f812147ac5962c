CREATE TABLE `health_checks` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `login_attempts_email_idx`;--> statement-breakpoint
ALTER TABLE `login_attempts` ADD `kind` text DEFAULT 'signin' NOT NULL;--> statement-breakpoint
CREATE INDEX `login_attempts_email_idx` ON `login_attempts` (`email`,`address`,`at`);--> statement-breakpoint
ALTER TABLE `assignments` ADD `study_material` integer DEFAULT false NOT NULL;