package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.lint.Finding;

/**
 * A finding and the place in the text it is about.
 *
 * @param finding the finding, with its file location
 * @param segment the segment it is in (the entry's first segment for a model finding), or -1
 * @param section the index of its section in document order, or -1
 * @param start the offset of what it is about: the badge's {@code owner/repo}, the white space, the
 *     bullet marker, the Contents anchor, the heading, the URL; -1 when it has no place in the text
 * @param end the offset after it ({@code start} when it has no length)
 */
public record Detection(Finding finding, int segment, int section, int start, int end) {

    /** The rule's id. */
    public String rule() {
        return finding.rule();
    }
}
