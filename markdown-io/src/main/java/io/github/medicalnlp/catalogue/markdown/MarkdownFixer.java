package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.fix.Composer;
import io.github.medicalnlp.catalogue.markdown.internal.fix.FixContext;
import io.github.medicalnlp.catalogue.markdown.internal.fix.Fixers;
import io.github.medicalnlp.catalogue.markdown.internal.fix.Fixes;
import io.github.medicalnlp.catalogue.markdown.internal.fix.LineChanges;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fixes the findings of {@link MarkdownLinter} that have one safe answer, where the document itself shows
 * what is right, and reports the others: it never guesses. What it fixes:
 *
 * <ul>
 *   <li>{@code contents-without-heading}, {@code heading-missing-from-contents}: the Contents list brought
 *       in line with the headings, one line each: an item linking to no heading gets the anchor of the one
 *       heading with its text, or is removed when no heading has its text; a missing section gets an item
 *       after the item of the heading before it, indented and marked as the Contents writes that level.</li>
 *   <li>{@code badge-mismatch}: the star badge names the entry's GitHub repository.</li>
 *   <li>{@code malformed-url}, a half-written link {@code url](url} only: the URL the document shows to be
 *       the entry's is kept (the other one is another entry's address, or the entry's badge names the
 *       kept one's repository).</li>
 *   <li>{@code trailing-whitespace}: removed, where the entry renders to the same HTML without it.</li>
 *   <li>{@code mixed-bullets}: the entry gets the marker most entries of its section have.</li>
 * </ul>
 *
 * <p>Each fixer declines, with the reason in {@link MarkdownFix#declined()}, when the document does not
 * show one answer: an entry with several GitHub addresses, a half-written link whose right half the
 * document does not show, white space that makes a hard line break or is part of code, a section whose
 * markers are split evenly, a Contents item sharing its line with other text or with sub-items, a Contents
 * that is numbered or not in the order of the headings. Every other rule's findings are left as they are.
 *
 * <p>Every fix replaces only its own characters (a URL, a badge's {@code owner/repo}, white space, a
 * marker, a Contents line); every other byte stays as it was: line endings, a byte order mark, tabs, a
 * missing final newline. A link fix is also an edit of the catalogue, and the fixed text must read back to
 * that entry, with the link changed and nothing else, or the fix is declined. (Writing the entry anew with
 * {@link MarkdownDocument#withCatalogue} would rewrite more than the URL: the writer writes a changed entry
 * in its section's style, which may lack the star badge line the entry had.) Fixing a fixed document
 * changes nothing, and the fixed text reads back to the same catalogue but for the links fixed.
 *
 * <p>A fix takes time linear in the document and its findings (n log n with the sorting). Fixers are
 * immutable and safe to share as constants.
 */
public final class MarkdownFixer {

    private static final MarkdownFixer STANDARD = new MarkdownFixer(MarkdownLinter.standard(), f -> true);

    private final MarkdownLinter linter;
    private final Predicate<? super Finding> which;

    private MarkdownFixer(MarkdownLinter linter, Predicate<? super Finding> which) {
        this.linter = linter;
        this.which = which;
    }

    /** A fixer of every fixable rule, with {@link MarkdownLinter#standard()}. */
    public static MarkdownFixer standard() {
        return STANDARD;
    }

    /** A fixer of the findings this linter makes (a rule switched off there is neither fixed nor reported). */
    public static MarkdownFixer of(MarkdownLinter linter) {
        return new MarkdownFixer(Checks.notNull(linter, "linter"), f -> true);
    }

    /**
     * A fixer like this one that fixes only the findings {@code which} accepts (for example, errors only);
     * the others are still reported in {@link MarkdownFix#remaining()}.
     */
    public MarkdownFixer filtered(Predicate<? super Finding> which) {
        Checks.notNull(which, "which");
        Predicate<? super Finding> before = this.which;
        return new MarkdownFixer(linter, f -> before.test(f) && which.test(f));
    }

    /** The rules whose findings can be fixed. */
    public static List<RuleInfo> fixableRules() {
        return Fixers.RULES;
    }

    /**
     * Fixes a document. A document edited with {@link MarkdownDocument#withCatalogue} is fixed as it
     * renders.
     *
     * @return what was fixed, declined and left, and the fixed document
     */
    public MarkdownFix fix(MarkdownDocument document) {
        Checks.notNull(document, "document");
        String rendered = document.render();
        MarkdownDocument doc = rendered.equals(document.source()) ? document
                : MarkdownReader.create().read(rendered, document.sourceName());
        List<Detection> all = linter.detect(doc);
        Parsed parsed = doc.parsed();
        FixContext context = new FixContext(parsed, Tree.nodes(parsed.catalogue()), all);
        Fixes fixes = Fixers.propose(context, all.stream().filter(d -> which.test(d.finding())).toList());
        List<MarkdownFix.Declined> declined = new ArrayList<>();
        fixes.declined().forEach(d -> declined.add(new MarkdownFix.Declined(d.detection().finding(), d.reason())));
        List<Fixes.EntryEdit> entries = new ArrayList<>(fixes.entryEdits());
        Attempt attempt = attempt(doc, fixes.textEdits(), entries);
        List<Fixes.EntryEdit> wrong = entries.stream().filter(e -> !attempt.holds(e)).toList();
        Attempt done = attempt;
        if (!wrong.isEmpty()) {
            wrong.forEach(e -> decline(e.applied(), declined, "the fixed text would not read back to the entry with"
                    + " the link changed and nothing else; correct it by hand"));
            entries.removeAll(wrong);
            done = attempt(doc, fixes.textEdits(), entries);
        }
        if (done == null) {
            List<Fixes.Applied> every = new ArrayList<>();
            entries.forEach(e -> every.addAll(e.applied()));
            fixes.textEdits().forEach(e -> every.addAll(e.applied()));
            decline(every, declined, "the fixed document would be over MarkdownReader.MAX_DOCUMENT_CHARS");
            return new MarkdownFix(document, doc, List.of(), sorted(declined, MarkdownFix.Declined::finding),
                    linter.lint(doc), List.of());
        }
        List<MarkdownFix.Applied> applied = new ArrayList<>();
        done.result().made().forEach(e -> e.applied().forEach(a -> applied.add(applied(a))));
        decline(done.result().skipped().stream().flatMap(e -> e.applied().stream()).toList(), declined,
                "another fix changes the same text; fix again to fix this one");
        List<MarkdownFix.LineChange> changes = new ArrayList<>();
        for (LineChanges.Change c : LineChanges.of(parsed.text(), parsed.lines(), done.result().replacements())) {
            changes.add(new MarkdownFix.LineChange(c.line(), c.removed(), c.newLine(), c.added()));
        }
        return new MarkdownFix(document, done.fixed(), sorted(applied, MarkdownFix.Applied::finding),
                sorted(declined, MarkdownFix.Declined::finding), linter.lint(done.fixed()), changes);
    }

    /** The text edits and the entry edits' edits made, and the fixed text read again. */
    private record Attempt(Composer.Result result, MarkdownDocument fixed, List<Tree.Node> nodes,
            Set<Fixes.TextEdit> skipped) {

        /** Whether an entry edit was made and the fixed text reads back to its entry. */
        boolean holds(Fixes.EntryEdit e) {
            if (e.edits().stream().anyMatch(skipped::contains) || e.section() >= nodes.size()) {
                return false;
            }
            var entries = nodes.get(e.section()).section().entries();
            return e.entry() < entries.size() && entries.get(e.entry()).equals(e.replacement());
        }
    }

    /** The fixes made and the fixed text read again; null when it would be too long to read. */
    private static Attempt attempt(MarkdownDocument doc, List<Fixes.TextEdit> text, List<Fixes.EntryEdit> entries) {
        List<Fixes.TextEdit> edits = new ArrayList<>(text);
        entries.forEach(e -> edits.addAll(e.edits()));
        Composer.Result result = Composer.compose(doc.source(), edits);
        if (result.text().length() > MarkdownReader.MAX_DOCUMENT_CHARS) {
            return null;
        }
        MarkdownDocument fixed = result.made().isEmpty() ? doc
                : MarkdownReader.create().read(result.text(), doc.sourceName());
        Set<Fixes.TextEdit> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(result.skipped());
        return new Attempt(result, fixed, entries.isEmpty() ? List.of() : Tree.nodes(fixed.catalogue()), skipped);
    }

    private static MarkdownFix.Applied applied(Fixes.Applied a) {
        return new MarkdownFix.Applied(a.detection().finding(), a.before(), a.after());
    }

    private static void decline(List<Fixes.Applied> fixes, List<MarkdownFix.Declined> declined, String reason) {
        fixes.forEach(a -> declined.add(new MarkdownFix.Declined(a.detection().finding(), reason)));
    }

    /** The list in the order of the findings' places (stable). */
    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, Finding> finding) {
        List<T> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((T x) -> finding.apply(x).location().map(Location::line).orElse(0))
                .thenComparingInt(x -> finding.apply(x).location().map(Location::column).orElse(0)));
        return out;
    }
}
