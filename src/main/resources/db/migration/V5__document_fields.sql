-- The fields read from a document (JSON by field name, in the type's order), stored by the
-- pipeline's field step before hand-off: the documents API shows them for every document read,
-- also those whose type has no process (OCR_DONE). A document read again gets them replaced.
alter table gyomu_document add column extracted_fields text;
