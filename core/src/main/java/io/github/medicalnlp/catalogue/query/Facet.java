package io.github.medicalnlp.catalogue.query;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A side from which matches are counted or grouped ({@link Query#countBy}, {@link Query#groupBy(Facet)}):
 * the values a match has on it, as words. A match with several values (an entry in Chinese and English)
 * is counted under each; a match with none is counted under none. Values that differ only as {@link Query#tag} and
 * {@link Query#repository} ignore (the tags {@code EHR} and {@code ehr}, the owners {@code Foo} and {@code foo}) are
 * one value, under the spelling met first.
 *
 * <pre>{@code
 * catalogue.query().kind(Kind.DATASET).countBy(Facet.LANGUAGE)   // {zh=17, en=5, mul=1}
 * }</pre>
 */
public enum Facet {
    /** The entry's languages, as codes: {@code zh}, {@code en}, {@code mul}. */
    LANGUAGE,
    /** The entry's kind, as its word: {@code dataset}. */
    KIND,
    /** The entry's tasks, as ids: {@code question-answering}. */
    TASK,
    /** The entry's modalities, as words: {@code text}, {@code image}. */
    MODALITY,
    /** The entry's tags. */
    TAG,
    /** The path of the section holding the entry: {@code 3 > 3.1}. */
    SECTION,
    /** The hosts of the entry's links, without {@code www.}: {@code github.com}, {@code arxiv.org}. */
    HOST,
    /** The owners of the entry's GitHub repositories: {@code FreedomIntelligence}. */
    GITHUB_OWNER;

    /** The lower-case word of this facet, e.g. {@code github-owner}. */
    public String word() {
        return io.github.medicalnlp.catalogue.internal.Words.word(this);
    }

    /**
     * The facet named by {@code text}: its word ({@code github-owner}), its constant name ({@code GITHUB_OWNER}),
     * a plural ({@code languages}) or {@code owner}; case, spaces, hyphens and underscores do not matter.
     *
     * @throws IllegalArgumentException listing the facet words when {@code text} names none
     */
    public static Facet parse(String text) {
        return io.github.medicalnlp.catalogue.internal.Words.parse(values(), f -> switch (f) {
            case LANGUAGE -> new String[] {"languages", "lang"};
            case KIND -> new String[] {"kinds"};
            case TASK -> new String[] {"tasks"};
            case MODALITY -> new String[] {"modalities"};
            case TAG -> new String[] {"tags"};
            case SECTION -> new String[] {"sections"};
            case HOST -> new String[] {"hosts"};
            case GITHUB_OWNER -> new String[] {"owner", "owners", "github-owners"};
        }, text, "facet");
    }

    /** The {@link #word()}. */
    @Override
    public String toString() {
        return word();
    }

    /**
     * The form by which two values of this facet are the same value: tags are compared as {@link Query#tag} compares
     * them (case, width and spacing do not matter), GitHub owners without case (one account whatever the spelling);
     * other values as they are, since they are normalised already.
     */
    String key(String value) {
        return switch (this) {
            case TAG -> io.github.medicalnlp.catalogue.internal.Text.foldKey(value);
            case GITHUB_OWNER -> value.toLowerCase(java.util.Locale.ROOT);
            default -> value;
        };
    }

    /** The values of a match on this facet, each once (by {@link #key}), in the entry's order. */
    List<String> values(Match m) {
        Set<String> values = new LinkedHashSet<>();
        switch (this) {
            case LANGUAGE -> {
                for (Language l : m.entry().languages()) {
                    values.add(l.code());
                }
            }
            case KIND -> m.entry().kind().map(Kind::word).ifPresent(values::add);
            case TASK -> {
                for (Task t : m.entry().tasks()) {
                    values.add(t.id());
                }
            }
            case MODALITY -> {
                for (Modality x : m.entry().modalities()) {
                    values.add(x.word());
                }
            }
            case TAG -> values.addAll(m.entry().tags());
            case SECTION -> values.add(m.path());
            case HOST -> {
                for (Link l : m.entry().links()) {
                    l.host().map(h -> h.startsWith("www.") ? h.substring(4) : h).ifPresent(values::add);
                }
            }
            case GITHUB_OWNER -> {
                for (String repository : m.entry().gitHubRepositories()) {
                    values.add(repository.substring(0, repository.indexOf('/')));
                }
            }
            default -> throw new IllegalStateException(name());
        }
        List<String> once = new ArrayList<>(values.size()); // EHR and ehr of one entry are one tag, counted once
        Set<String> seen = new java.util.HashSet<>();
        for (String v : values) {
            if (seen.add(key(v))) {
                once.add(v);
            }
        }
        return once;
    }
}
