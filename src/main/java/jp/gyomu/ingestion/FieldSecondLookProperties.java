package jp.gyomu.ingestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second opinion on unsure text values ({@code gyomu.fields.second-look.*}, decision 0016): the
 * box of a text field whose weakest word is below 90 is read again by a second model, one small
 * crop per unsure field.
 *
 * @param enabled read unsure text values again
 * @param model the second model's language name, looked for in the OCR engine's tessdata folder
 *     (without it, values stay as first read)
 */
@ConfigurationProperties(prefix = "gyomu.fields.second-look")
record FieldSecondLookProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("Japanese") String model) {}
