-- Reasons as data (jp.gyomu.reasons.Reason as JSON: code, arguments, cause) beside the English
-- text, so screens render them in the reader's language. Rows written earlier keep only the text,
-- which screens show as it is.
alter table gyomu_document add column error_data varchar(4000);
alter table gyomu_document_event add column reason_data varchar(4000);
