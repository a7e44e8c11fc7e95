package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.internal.Checks;

/**
 * A news item added, removed, or moved to another place among the news. News items are matched by
 * equality: an edited item is one removed and one added.
 *
 * @param type {@link ChangeType#ADDED}, {@link ChangeType#REMOVED} or {@link ChangeType#MOVED}
 * @param item the news item
 */
public record NewsChange(ChangeType type, NewsItem item) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the type is not one of the three
     */
    public NewsChange {
        Checks.notNull(type, "type");
        Checks.notNull(item, "item");
        if (type != ChangeType.ADDED && type != ChangeType.REMOVED && type != ChangeType.MOVED) {
            throw new IllegalArgumentException("a news item is added, removed or moved, not " + type);
        }
    }

    /** One line: {@code + news 2024/11/26: 新增 4. VLM数据集}, {@code - news …}, {@code ~ news …(moved)}. */
    @Override
    public String toString() {
        String text = (item.date().isEmpty() ? "" : " " + item.date()) + ": " + item.text();
        return switch (type) {
            case ADDED -> "+ news" + text;
            case REMOVED -> "- news" + text;
            default -> "~ news" + text + " (moved)";
        };
    }
}
