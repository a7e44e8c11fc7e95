package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.validation.GitHubLinkValidator;
import io.github.medicalnlp.catalogue.validation.HttpUrlValidator;
import io.github.medicalnlp.catalogue.validation.NullOrNotBlankValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A walk over a catalogue that finds every value that could break one of the model's Bean Validation
 * constraints, without starting a Bean Validation provider (Hibernate Validator takes about a quarter of
 * a second to start, most of a {@code lint} run). It checks each constraint the way its validator does,
 * or more strictly — a blank text both by {@link String#isBlank()} and by {@link String#trim()} — so that
 * it may name a value the validator accepts but never misses one the validator refuses. When it names
 * none, validation has nothing to report and need not run; when it names some, the validator runs and
 * has the last word.
 *
 * <p>It mirrors the annotations of {@link Catalogue}, {@link CatalogueTranslation}, {@link NewsItem},
 * {@link Section}, {@link Entry}, {@link Translation}, {@link Link}, {@link TextField} and
 * {@link Language}, cascading where they say {@code @Valid}; {@code ConstraintScreenTest} holds the
 * list of annotations to this walk, so a new constraint cannot be missed here.
 */
public final class ConstraintScreen {

    private static final Pattern LANGUAGE_CODE = Pattern.compile(Language.CODE_PATTERN);
    private static final HttpUrlValidator HTTP_URL = new HttpUrlValidator();
    private static final GitHubLinkValidator GITHUB_LINK = new GitHubLinkValidator();
    private static final NullOrNotBlankValidator NULL_OR_NOT_BLANK = new NullOrNotBlankValidator();

    private ConstraintScreen() {
    }

    /**
     * The values of the catalogue that could break a constraint: the invalid value as a validator would
     * report it (a text, a {@link Link} for the GitHub-link constraint, a {@link Language}, or
     * {@code null} for a missing value). Empty when validation would report nothing.
     */
    public static List<Object> suspects(Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        List<Object> out = new ArrayList<>();
        catalogue(catalogue, out::add);
        return out;
    }

    private static void catalogue(Catalogue c, Consumer<Object> out) {
        notBlank(c.title(), out);
        notNull(c.introduction(), out);
        news(c.news(), out);
        sections(c.sections(), out);
        notNull(c.citation(), out);
        if (notNull(c.translations(), out)) {
            for (Map.Entry<Language, CatalogueTranslation> t : c.translations().entrySet()) {
                notNull(t.getKey(), out);
                if (notNull(t.getValue(), out)) {
                    notBlank(t.getValue().title(), out);
                    notNull(t.getValue().introduction(), out);
                    news(t.getValue().news(), out);
                }
            }
        }
    }

    private static void news(List<NewsItem> news, Consumer<Object> out) {
        if (notNull(news, out)) {
            for (NewsItem n : news) {
                if (notNull(n, out)) {
                    notNull(n.date(), out);
                    notBlank(n.text(), out);
                }
            }
        }
    }

    private static void sections(List<Section> sections, Consumer<Object> out) {
        if (!notNull(sections, out)) {
            return;
        }
        for (Section s : sections) {
            if (!notNull(s, out)) {
                continue;
            }
            if (notNull(s.number(), out)) {
                nullOrNotBlank(s.number(), out);
            }
            notBlank(s.title(), out);
            notNull(s.anchor(), out);
            sections(s.children(), out);
            if (notNull(s.entries(), out)) {
                for (Entry e : s.entries()) {
                    if (notNull(e, out)) {
                        entry(e, out);
                    }
                }
            }
            if (notNull(s.titles(), out)) {
                for (Map.Entry<Language, String> t : s.titles().entrySet()) {
                    notNull(t.getKey(), out);
                    notBlank(t.getValue(), out);
                }
            }
        }
    }

    private static void entry(Entry e, Consumer<Object> out) {
        notBlank(e.name(), out);
        if (notNull(e.links(), out)) {
            for (Link l : e.links()) {
                if (notNull(l, out)) {
                    link(l, out);
                }
            }
        }
        fields(e.fields(), out);
        notNull(e.kind(), out);
        if (notNull(e.languages(), out)) {
            for (Language l : e.languages()) {
                if (notNull(l, out) && (l.code() != null && !LANGUAGE_CODE.matcher(l.code()).matches())) {
                    out.accept(l.code());
                }
            }
        }
        elementsNotNull(e.modalities(), out);
        elementsNotNull(e.tasks(), out);
        if (notNull(e.tags(), out)) {
            for (String tag : e.tags()) {
                notBlank(tag, out);
            }
        }
        if (notNull(e.group(), out)) {
            nullOrNotBlank(e.group(), out);
        }
        if (notNull(e.translations(), out)) {
            for (Map.Entry<Language, Translation> t : e.translations().entrySet()) {
                notNull(t.getKey(), out);
                if (notNull(t.getValue(), out)) {
                    notBlank(t.getValue().name(), out);
                    fields(t.getValue().fields(), out);
                    if (notNull(t.getValue().group(), out)) {
                        nullOrNotBlank(t.getValue().group(), out);
                    }
                }
            }
        }
    }

    private static void link(Link l, Consumer<Object> out) {
        if (!GITHUB_LINK.isValid(l, null)) {
            out.accept(l);
        }
        if (notBlank(l.url(), out) && !HTTP_URL.isValid(l.url(), null)) {
            out.accept(l.url());
        }
        notNull(l.label(), out);
        notNull(l.role(), out);
    }

    private static void fields(List<TextField> fields, Consumer<Object> out) {
        if (notNull(fields, out)) {
            for (TextField f : fields) {
                if (notNull(f, out)) {
                    notNull(f.label(), out);
                    notNull(f.value(), out);
                }
            }
        }
    }

    private static void elementsNotNull(Collection<?> values, Consumer<Object> out) {
        if (notNull(values, out)) {
            for (Object v : values) {
                notNull(v, out);
            }
        }
    }

    /** {@code @NotNull}: whether the value is there (a missing one is reported). */
    private static boolean notNull(Object value, Consumer<Object> out) {
        if (value == null) {
            out.accept(null);
            return false;
        }
        return true;
    }

    /** {@code @NotBlank}, judged both as Hibernate Validator does ({@code isBlank}) and by {@code trim}. */
    private static boolean notBlank(String value, Consumer<Object> out) {
        if (value == null || value.isBlank() || value.trim().isEmpty()) {
            out.accept(value);
            return false;
        }
        return true;
    }

    /** {@code Optional<@NullOrNotBlank String>}: the content, when present, is not blank. */
    private static void nullOrNotBlank(Optional<String> value, Consumer<Object> out) {
        String v = value.orElse(null);
        if (!NULL_OR_NOT_BLANK.isValid(v, null) || (v != null && v.trim().isEmpty())) {
            out.accept(v);
        }
    }
}
