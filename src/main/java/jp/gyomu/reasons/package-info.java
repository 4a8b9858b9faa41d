/**
 * Typed reasons: why a field was not read, why a document stopped, why a request was refused, as a
 * code with arguments that screens render from the message bundles in the reader's language.
 */
package jp.gyomu.reasons;
