package io.github.medicalnlp.catalogue.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one of the model's vocabularies (link roles, kinds, languages, modalities), in one table
 * from which both ways of reading a word are derived, so that they cannot drift apart:
 *
 * <ul>
 *   <li>{@link #names(Object)}: the exact names of a value, which a parser accepts as a whole
 *       (e.g. {@code LinkRole.parse("GitHub")});</li>
 *   <li>{@link #find(String)}: the value a free-form text implies, such as a link's label or a section
 *       title, from the words it contains.</li>
 * </ul>
 *
 * <p>Each row of the table gives a value and its words, of one of three uses: {@linkplain
 * Builder#words words} are names and are found in text (the common case); {@linkplain Builder#names
 * names only} are accepted as a whole but not looked for in text (as a heading, "Data" does not mean
 * data sets); {@linkplain Builder#hints hints only} are looked for in text but are not names. In text,
 * the rows are tried in the order they were added: the first row that has a word in the text wins, so
 * the order settles labels that hold words of two values ("Paper Link" is a paper before it is a link).
 *
 * <p>How a word is found in text: both are folded ({@link Text#fold}: NFKC, lower case) and cut into
 * units, a unit being a run of Latin letters and digits, or a single Chinese (or other non-Latin)
 * character; everything else (spaces, hyphens, punctuation) only separates units. A word occurs where
 * its units appear one after another in the text's, a Latin unit also matching its plural in {@code
 * s}. So Chinese words are found inside longer Chinese text ({@code 论文} in {@code 论文地址}) while
 * Latin words are found only as whole words ({@code code} in {@code Code Link} but not in {@code
 * CodeX}, {@code link} in {@code Links} but not in {@code Linking}). Finding is linear in the text.
 *
 * @param <E> the values named, e.g. {@code LinkRole}
 */
public final class Vocabulary<E> {

    /** How a row's words are used. */
    public enum Use {
        /** Accepted as names and found in text. */
        WORDS,
        /** Accepted as names only. */
        NAMES,
        /** Found in text only. */
        HINTS
    }

    /**
     * One row of the table.
     *
     * @param value the value named
     * @param use how the words are used
     * @param words the words, in lower case
     */
    public record Row<E>(E value, Use use, List<String> words) {
    }

    private record Word(int row, String[] units) {
    }

    private final List<Row<E>> rows;
    private final Map<String, List<Word>> byFirstUnit = new HashMap<>();

    private Vocabulary(List<Row<E>> rows) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < this.rows.size(); i++) {
            Row<E> r = this.rows.get(i);
            if (r.use() == Use.NAMES) {
                continue;
            }
            for (String w : r.words()) {
                String[] units = units(w).toArray(String[]::new);
                byFirstUnit.computeIfAbsent(units[0], k -> new ArrayList<>()).add(new Word(i, units));
            }
        }
    }

    /** A new, empty table. */
    public static <E> Builder<E> builder() {
        return new Builder<>();
    }

    /** The rows, in the order that settles which value a text implies. */
    public List<Row<E>> rows() {
        return rows;
    }

    /** The names of {@code value} (its rows of {@link Use#WORDS} and {@link Use#NAMES}), for a parser. */
    public String[] names(E value) {
        List<String> out = new ArrayList<>();
        for (Row<E> r : rows) {
            if (r.value().equals(value) && r.use() != Use.HINTS) {
                out.addAll(r.words());
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The value whose name {@code text} is, ignoring case and compatibility forms, and treating runs of
     * white space, hyphens and underscores alike.
     */
    public Optional<E> named(String text) {
        String key = Words.key(text);
        for (Row<E> r : rows) {
            if (r.use() == Use.HINTS) {
                continue;
            }
            for (String w : r.words()) {
                if (Words.key(w).equals(key)) {
                    return Optional.of(r.value());
                }
            }
        }
        return Optional.empty();
    }

    /** The value of the first row that has a word in {@code text}, if any. */
    public Optional<E> find(String text) {
        List<Integer> first = firstRows(text, false);
        return first.isEmpty() ? Optional.empty() : Optional.of(rows.get(first.get(0)).value());
    }

    /** Every value that has a word in {@code text}, in the order of the table's rows. */
    public Set<E> findAll(String text) {
        Set<E> out = new LinkedHashSet<>();
        for (int row : firstRows(text, true)) {
            out.add(rows.get(row).value());
        }
        return out;
    }

    /** The rows with a word in {@code text}: all of them in order, or only the first when {@code all} is false. */
    private List<Integer> firstRows(String text, boolean all) {
        List<String> units = units(Text.fold(text));
        boolean[] found = new boolean[rows.size()];
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < units.size() && (all || best > 0); i++) {
            String u = units.get(i);
            best = Math.min(best, match(byFirstUnit.get(u), units, i, found));
            if (u.length() > 1 && u.endsWith("s") && isLatin(u.charAt(0))) {
                best = Math.min(best, match(byFirstUnit.get(u.substring(0, u.length() - 1)), units, i, found));
            }
        }
        if (!all) {
            return best == Integer.MAX_VALUE ? List.of() : List.of(best);
        }
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < found.length; r++) {
            if (found[r]) {
                out.add(r);
            }
        }
        return out;
    }

    private static int match(List<Word> candidates, List<String> units, int at, boolean[] found) {
        int best = Integer.MAX_VALUE;
        if (candidates == null) {
            return best;
        }
        for (Word w : candidates) {
            if (occursAt(w.units(), units, at)) {
                found[w.row()] = true;
                best = Math.min(best, w.row());
            }
        }
        return best;
    }

    private static boolean occursAt(String[] word, List<String> units, int at) {
        if (at + word.length > units.size()) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            String t = units.get(at + j);
            String w = word[j];
            boolean plural = t.length() == w.length() + 1 && t.endsWith("s") && t.startsWith(w) && isLatin(w.charAt(0));
            if (!t.equals(w) && !plural) {
                return false;
            }
        }
        return true;
    }

    /** Latin letters and digits (below the CJK blocks) form runs; other letters are units of their own. */
    private static boolean isLatin(int c) {
        return c < 0x2E80;
    }

    /** The units of folded text: runs of Latin letters and digits, and single non-Latin letters. */
    static List<String> units(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c) && isLatin(c)) {
                if (start < 0) {
                    start = i;
                }
            } else {
                if (start >= 0) {
                    out.add(folded.substring(start, i));
                    start = -1;
                }
                if (Character.isLetterOrDigit(c)) {
                    out.add(folded.substring(i, next));
                }
            }
            i = next;
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    /** Builds a table row by row, in the order that settles which value a text implies. */
    public static final class Builder<E> {
        private final List<Row<E>> rows = new ArrayList<>();

        private Builder() {
        }

        /** Words that name {@code value} and imply it in text. */
        public Builder<E> words(E value, String... words) {
            return add(value, Use.WORDS, words);
        }

        /** Words that name {@code value} but are not looked for in text. */
        public Builder<E> names(E value, String... words) {
            return add(value, Use.NAMES, words);
        }

        /** Words that imply {@code value} in text but do not name it. */
        public Builder<E> hints(E value, String... words) {
            return add(value, Use.HINTS, words);
        }

        private Builder<E> add(E value, Use use, String... words) {
            Checks.notNull(value, "value");
            for (String w : words) {
                if (!w.equals(w.toLowerCase(Locale.ROOT)) || units(w).isEmpty()) {
                    throw new IllegalArgumentException("word '" + w + "' is not lower case, or has no letters");
                }
            }
            rows.add(new Row<>(value, use, Collections.unmodifiableList(List.of(words))));
            return this;
        }

        /** The table. */
        public Vocabulary<E> build() {
            return new Vocabulary<>(rows);
        }
    }
}
