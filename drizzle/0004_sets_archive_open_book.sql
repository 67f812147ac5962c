ALTER TABLE `assignments` ADD `open_book` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `question_sets` ADD `archived_at` integer;