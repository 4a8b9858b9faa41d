/**
 * Document types over HTTP: reading and changing the {@code *.fields.yaml} templates without a
 * restart, and trying a template on scans without storing anything or starting a case.
 */
package jp.gyomu.forms;
