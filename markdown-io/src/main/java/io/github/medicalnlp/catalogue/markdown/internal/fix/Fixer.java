package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import java.util.List;

/**
 * One kind of fix: given what the rules it knows found, it proposes for each detection an edit, or
 * declines it with the reason. A fixer proposes only what the document itself shows to be right; it reads
 * the document and never changes it. Implementations are stateless and safe to share.
 */
public interface Fixer {

    /** The ids of the rules whose findings it fixes. */
    List<String> rules();

    /**
     * Proposes the fixes.
     *
     * @param context the document, its catalogue and every detection of the lint
     * @param detections the detections of {@link #rules()} to fix, in the order of the file
     * @param fixes where the edits and the declined detections go
     */
    void fix(FixContext context, List<Detection> detections, Fixes fixes);
}
