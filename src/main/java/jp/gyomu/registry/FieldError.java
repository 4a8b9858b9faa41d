package jp.gyomu.registry;

/**
 * Why one value was refused.
 *
 * @param row the data row in an imported file, counted from 1 (0 for a single API request)
 * @param column the column or field name
 */
public record FieldError(int row, String column, String reason) {}
