package jp.gyomu.registry;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why one value was refused; an item of a problem's {@code errors} (decision 0009).
 *
 * @param row the data row in an imported file, counted from 1 (0, left out of the JSON, for a
 *     single API request)
 * @param field the column or field name (empty, left out, for the file as a whole)
 * @param message why the value was refused
 */
public record FieldError(
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int row,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String field,
    String message) {}
