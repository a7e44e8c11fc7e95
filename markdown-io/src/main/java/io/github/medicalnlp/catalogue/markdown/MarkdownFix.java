package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.markdown.internal.fix.LineChanges;
import java.util.List;

/**
 * What {@link MarkdownFixer#fix} did to a document: the fixed document, each fix made (the finding, and
 * what was replaced by what), each finding it declined and why, the findings the fixed document still
 * has, and the changed lines, for a unified diff.
 *
 * <pre>{@code
 * MarkdownFix fix = MarkdownFixer.standard().fix(MarkdownReader.create().read(Path.of("README.md")));
 * fix.applied().forEach(a -> System.out.println(a.finding().rule() + ": " + a.before() + " -> " + a.after()));
 * if (fix.changed()) {
 *     fix.fixed().writeTo(Path.of("README.md"));   // atomically
 * }
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class MarkdownFix {

    /**
     * A fix made.
     *
     * @param finding the finding it removes, located in the document as read
     * @param before the text it replaced (for a Contents item added: empty)
     * @param after the text it wrote (for a Contents item removed: empty)
     */
    public record Applied(Finding finding, String before, String after) {
        /**
         * Checks the arguments.
         *
         * @throws NullPointerException naming the parameter that is null
         */
        public Applied {
            Checks.notNull(finding, "finding");
            Checks.notNull(before, "before");
            Checks.notNull(after, "after");
        }

        /** {@code Applied[trailing-whitespace at README.md:12:5: "a  " → "a"]}, the texts cut. */
        @Override
        public String toString() {
            return "Applied[" + where(finding) + ": \"" + Summaries.text(before) + "\" → \"" + Summaries.text(after) + "\"]";
        }
    }

    /**
     * A finding of a fixable rule that was not fixed.
     *
     * @param finding the finding, located in the document as read
     * @param reason why: what the document does not show, in English
     */
    public record Declined(Finding finding, String reason) {
        /**
         * Checks the arguments.
         *
         * @throws NullPointerException naming the parameter that is null
         */
        public Declined {
            Checks.notNull(finding, "finding");
            Checks.notBlank(reason, "reason");
        }

        /** {@code Declined[star-badge at README.md:40:1: the entry has no GitHub repository]}, the reason cut. */
        @Override
        public String toString() {
            return "Declined[" + where(finding) + ": " + Summaries.cut(reason) + "]";
        }
    }

    /**
     * A run of changed lines.
     *
     * @param line the 1-based number of its first line in the document as read (for lines only added, the
     *     number of the line they come before)
     * @param removed the lines as read, each with its line ending (the last line of a text may have none)
     * @param newLine the 1-based number of its first line in the fixed document
     * @param added the lines written instead, each with its line ending
     */
    public record LineChange(int line, List<String> removed, int newLine, List<String> added) {
        /**
         * Checks and copies the arguments.
         *
         * @throws NullPointerException naming the parameter that is null
         * @throws IllegalArgumentException when a line number is not positive
         */
        public LineChange {
            removed = List.copyOf(Checks.notNull(removed, "removed"));
            added = List.copyOf(Checks.notNull(added, "added"));
            if (line < 1 || newLine < 1) {
                throw new IllegalArgumentException("line numbers must be positive, were " + line + " and " + newLine);
            }
        }

        /** {@code LineChange[12 → 12: 1 removed, 1 added]}. */
        @Override
        public String toString() {
            return "LineChange[" + line + " → " + newLine + ": " + removed.size() + " removed, " + added.size() + " added]";
        }
    }

    /** The rule of a finding and where it is: {@code trailing-whitespace at README.md:12:5}. */
    private static String where(Finding f) {
        return f.rule() + f.location().map(l -> " at " + Summaries.cut(l.toString()))
                .or(() -> f.sectionPath().map(p -> " in " + Summaries.cut(p))).orElse("");
    }

    private final MarkdownDocument original;
    private final MarkdownDocument fixed;
    private final List<Applied> applied;
    private final List<Declined> declined;
    private final List<Finding> remaining;
    private final List<LineChange> changes;

    MarkdownFix(MarkdownDocument original, MarkdownDocument fixed, List<Applied> applied, List<Declined> declined,
            List<Finding> remaining, List<LineChange> changes) {
        this.original = original;
        this.fixed = fixed;
        this.applied = List.copyOf(applied);
        this.declined = List.copyOf(declined);
        this.remaining = List.copyOf(remaining);
        this.changes = List.copyOf(changes);
    }

    /** The document as it was given. */
    public MarkdownDocument original() {
        return original;
    }

    /**
     * The fixed document, as read again from the fixed text (the original when nothing changed): its
     * {@linkplain MarkdownDocument#source() source} is the fixed text, and writing it writes that text.
     */
    public MarkdownDocument fixed() {
        return fixed;
    }

    /** Whether a fix changed the text. */
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** The fixes made, in the order of the document as read. */
    public List<Applied> applied() {
        return applied;
    }

    /** The findings of fixable rules not fixed, with the reason, in the order of the document as read. */
    public List<Declined> declined() {
        return declined;
    }

    /** The findings of the fixed document (the linter's, located in the fixed text), in its order. */
    public List<Finding> remaining() {
        return remaining;
    }

    /** The changed lines, in order: what a unified diff of the two texts shows. */
    public List<LineChange> changes() {
        return changes;
    }

    /**
     * The lines of the original text, each with its ending ({@code \n}, {@code \r\n} or {@code \r}), numbered
     * as {@link #changes()} numbers them from 1: the context a unified diff shows around them.
     */
    public List<String> originalLines() {
        return LineChanges.split(original.render());
    }

    @Override
    public String toString() {
        return "MarkdownFix[" + original.sourceName() + ", " + applied.size() + " fixed, " + declined.size()
                + " declined, " + remaining.size() + " remaining]";
    }
}
