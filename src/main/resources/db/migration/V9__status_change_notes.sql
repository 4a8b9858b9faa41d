-- A status change may carry a note (why, on whose decision) and take effect on an earlier date
-- than it is recorded: changed_at is when it took effect, recorded_at when it was entered
-- (null for rows recorded before this column existed: the same as changed_at).
alter table gyomu_automation_status_change add column note varchar(2000);
alter table gyomu_automation_status_change add column recorded_at timestamp with time zone;
