package io.github.medicalnlp.catalogue.examples.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import io.github.medicalnlp.catalogue.markdown.MarkdownFix;
import java.util.List;

/**
 * The unified diff of a fix ({@code --- a/name}, {@code +++ b/name}, hunks with three lines of context), as
 * {@code git diff} writes it: each line with its own line ending ({@code \r\n} stays), and {@code \ No
 * newline at end of file} after a last line without one.
 *
 * <p>The changed lines come from the fix itself ({@link MarkdownFix#changes()}), so finding them takes
 * time linear in the document; java-diff-utils' Myers algorithm only refines each run of changed lines
 * (a rewritten entry shows only its lines that differ), and its {@link UnifiedDiffUtils} writes the
 * hunks: the context, the merging of close changes and the {@code @@} ranges.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {
    }

    /** The diff of a fix of the file called {@code name}; empty when it changed nothing. */
    static String of(String name, MarkdownFix fix) {
        if (!fix.changed()) {
            return "";
        }
        Patch<String> patch = new Patch<>();
        for (MarkdownFix.LineChange c : fix.changes()) {
            for (AbstractDelta<String> d : DiffUtils.diff(c.removed(), c.added()).getDeltas()) {
                patch.addDelta(new ChangeDelta<>(
                        new Chunk<>(c.line() - 1 + d.getSource().getPosition(), d.getSource().getLines()),
                        new Chunk<>(c.newLine() - 1 + d.getTarget().getPosition(), d.getTarget().getLines())));
            }
        }
        String path = TerminalText.line(name.replace('\\', '/').replaceFirst("^/+", ""));
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path,
                fix.originalLines(), patch, CONTEXT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i < 2 || line.startsWith("@@")) {
                out.append(line).append('\n');
            } else if (line.endsWith("\n") || line.endsWith("\r")) {
                out.append(line);
            } else {
                out.append(line).append('\n').append(NO_NEWLINE);
            }
        }
        return out.toString();
    }
}
