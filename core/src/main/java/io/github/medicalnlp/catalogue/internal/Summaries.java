package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;

/**
 * The one-line {@code toString()} of the model's large values, as java.time prints a date: what a person at a
 * JShell prompt or in a notebook needs to recognise the value, never its whole content (the bundled
 * catalogue's full form was 40,337 characters). Titles and names are cut to {@value #MAX} characters.
 */
public final class Summaries {

    /** The longest title or name shown. */
    static final int MAX = 60;

    private Summaries() {
    }

    /** {@code Catalogue[Medical_NLP: 27 sections, 118 entries]}. */
    public static String of(Catalogue c) {
        return "Catalogue[" + Text.abbreviate(c.title(), MAX) + ": " + count(c.allSections().size(), "section") + ", "
                + count(c.entryCount(), "entry") + "]";
    }

    /** {@code Section[3.1 中文: 5 entries]}, or {@code Section[3 LLM数据集: 2 sections, 17 entries]}. */
    public static String of(Section s) {
        String label = s.number().map(n -> n + " ").orElse("") + Text.abbreviate(s.title(), MAX);
        return "Section[" + label + ": " + (s.children().isEmpty() ? "" : count(s.children().size(), "section") + ", ")
                + count(s.allEntries().size(), "entry") + "]";
    }

    /** {@code Entry[Huatuo-26M · dataset · zh]}: the name, then the kind and languages when it has them. */
    public static String of(Entry e) {
        StringBuilder b = new StringBuilder("Entry[").append(Text.abbreviate(e.name(), MAX));
        e.kind().map(Kind::word).ifPresent(k -> b.append(" · ").append(k));
        if (!e.languages().isEmpty()) {
            b.append(" · ");
            for (int i = 0; i < e.languages().size(); i++) {
                Language l = e.languages().get(i);
                b.append(i == 0 ? "" : ",").append(l.code());
            }
        }
        return b.append(']').toString();
    }

    /** {@code RuleInfo[duplicate-entry · warning: Two entries with the same URL…]}. */
    public static String of(io.github.medicalnlp.catalogue.lint.RuleInfo r) {
        return "RuleInfo[" + r.rule() + " · " + r.severity() + ": " + Text.abbreviate(r.description(), MAX) + "]";
    }

    private static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("entry") ? "entries" : noun + "s");
    }
}
