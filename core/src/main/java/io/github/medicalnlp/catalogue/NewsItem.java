package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One item of the catalogue's News: the date as written (e.g. {@code 2024/11/14} or
 * {@code 2024/11/14之前}, "before 2024/11/14") and the text.
 *
 * @param date the date as written, empty when the item has none
 * @param text the news text as written
 */
public record NewsItem(@NotNull String date, @NotBlank String text) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when {@code text} is blank
     */
    public NewsItem {
        date = Checks.notNull(date, "date").strip();
        text = Checks.notBlank(text, "text").strip();
    }

    /** A news item, e.g. {@code NewsItem.of("2024/11/14", "新增 4. VLM数据集")}. */
    public static NewsItem of(String date, String text) {
        return new NewsItem(date, text);
    }

    /** {@code NewsItem[2024/11/14 · 新增 4. VLM数据集、5.3 医疗VLM]}: one line for people; the accessors give each part. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
