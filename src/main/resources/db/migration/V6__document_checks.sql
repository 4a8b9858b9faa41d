-- The template's checks across fields that failed on a document (JSON list of {check, fields,
-- reason}), stored with its fields by the pipeline's field step: the documents API shows them
-- beside the fields. Null when the type has no template; an empty list when every check held.
alter table gyomu_document add column failed_checks text;
