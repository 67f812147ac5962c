DROP INDEX `cards_student_due_idx`;--> statement-breakpoint
CREATE INDEX `cards_student_state_due_idx` ON `cards` (`student_id`,`suspended`,`state`,`due`);