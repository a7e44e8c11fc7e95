package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Checks;
import jakarta.validation.constraints.NotNull;

/**
 * A labelled piece of text of an entry, with the label as written: {@code 简介} and its description,
 * {@code 来源} and its source, {@code Keywords}, {@code Quantity}. A field with an empty label is
 * unlabelled text written under the entry.
 *
 * @param label the label as written, without the colon; empty for unlabelled text
 * @param value the text as written; may be empty when the list gives a label without a value
 *
 * <p>White space around the label and the value is dropped; inside them it is kept.
 */
public record TextField(@NotNull String label, @NotNull String value) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when both label and value are blank
     */
    public TextField {
        label = Checks.notNull(label, "label").strip();
        value = Checks.notNull(value, "value").strip();
        if (label.isBlank() && value.isBlank()) {
            throw new IllegalArgumentException("label and value must not both be blank");
        }
    }

    /** A labelled field, e.g. {@code TextField.of("简介", "医疗问答")}. */
    public static TextField of(String label, String value) {
        return new TextField(label, value);
    }

    /** Unlabelled text written under an entry. */
    public static TextField unlabelled(String value) {
        return new TextField("", Checks.notBlank(value, "value"));
    }

    /** Whether this field has a label. */
    public boolean isLabelled() {
        return !label.isBlank();
    }

    /** A copy with this value, or this field when the value is the same. */
    public TextField withValue(String value) {
        return this.value.equals(value) ? this : new TextField(label, value);
    }

    /** A copy with this label, or this field when the label is the same. */
    public TextField withLabel(String label) {
        return this.label.equals(label) ? this : new TextField(label, value);
    }

    /** {@code TextField[简介: Huatuo-26M 是迄今为止最大的中医问答数据集。]}: one line for people; the accessors give each part. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
