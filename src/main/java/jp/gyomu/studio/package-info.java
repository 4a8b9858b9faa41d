/**
 * The form studio's back end: drafts of document types (definition, sample page, test set of scans
 * with expected values), their trial after every edit, and publishing a draft as a running business
 * task (template in use, a standard BPMN when none exists, the registry entry).
 */
package jp.gyomu.studio;
