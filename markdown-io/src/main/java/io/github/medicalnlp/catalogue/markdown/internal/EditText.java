package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;

/**
 * What the parts of an edit render share: the document as read, the catalogue as read and as edited, and
 * the text written so far, with the ways of adding to it that keep lines and blocks apart.
 */
final class EditText {

    final Parsed parsed;
    final Catalogue old;
    final Catalogue edited;
    final Output out;

    EditText(Parsed parsed, Catalogue edited) {
        this.parsed = parsed;
        this.old = parsed.catalogue();
        this.edited = edited;
        this.out = new Output(parsed.text());
    }

    Parsed.Segment seg(int segment) {
        return parsed.segments().get(segment);
    }

    String text(int segment) {
        return parsed.text(seg(segment));
    }

    /** Appends a segment's text without copying it first. */
    void emit(int segment) {
        Parsed.Segment s = seg(segment);
        out.range(s.start(), s.end());
    }

    /** Emits a segment, or the new citation in place of the old one. */
    void citationOr(int i) {
        if (seg(i).type() == Parsed.Type.CITATION && !edited.citation().equals(old.citation())) {
            edited.citation().ifPresent(c -> out.append("```bibtex\n").append(c).append("\n```").append(eol(text(i))));
            return;
        }
        emit(i);
    }

    /** Makes sure the next text starts on a line of its own. */
    void newBlock() {
        if (out.length() > 0 && out.last() != '\n' && out.last() != '\r') {
            out.append(Lines.ending(parsed.text()));
        }
    }

    /** Ends the line, then adds a blank line unless the text already ends with one. */
    void blankLine(String eol) {
        newBlock();
        if (out.length() > 0 && !out.endsWith("\n\n") && !out.endsWith("\r\n\r\n") && !out.endsWith("\r\r")) {
            out.append(eol);
        }
    }

    /** Whether the text so far ends with a blank line ({@code \n\n} or {@code \r\n\r\n}). */
    boolean endsWithBlankLine() {
        return out.endsWith("\n\n") || out.endsWith("\r\n\r\n");
    }

    /** The line ending a text ends with, {@code \n} when none. */
    static String eol(String text) {
        if (text.endsWith("\r\n")) {
            return "\r\n";
        }
        return text.endsWith("\r") ? "\r" : "\n";
    }
}
