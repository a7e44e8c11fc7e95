package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A catalogue's own text in another language, as {@link Catalogue#translation(Language)} gives it: its title,
 * introduction and news, as the list's English edition writes them above its sections.
 *
 * @param title the title in that language
 * @param introduction the introduction in that language (Markdown), empty when there is none
 * @param news the news items in that language, in order
 */
public record CatalogueTranslation(@NotBlank String title, @NotNull String introduction,
        @NotNull List<@NotNull @Valid NewsItem> news) {

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null, or the index of a null news item
     * @throws IllegalArgumentException when the title is blank
     */
    public CatalogueTranslation {
        title = Checks.notBlank(title, "title").strip();
        introduction = Checks.notNull(introduction, "introduction").strip();
        news = Checks.listOf(news, "news");
    }

    /** {@code CatalogueTranslation[Medical NLP: 3 news items]}: one line for people; the accessors give each part. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
