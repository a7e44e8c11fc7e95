package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import java.util.ArrayList;
import java.util.List;

/** What the fixers propose: edits of the text, edits of entries, and the detections they decline. */
public final class Fixes {

    /**
     * A detection a fix removes, with what the fix replaces and what it writes.
     *
     * @param detection the detection
     * @param before the text (or value) replaced
     * @param after the text (or value) written
     */
    public record Applied(Detection detection, String before, String after) {
    }

    /**
     * Text {@code [start, end)} of the document as read replaced by {@code replacement}.
     *
     * @param start the first offset replaced
     * @param end the offset after the last one replaced ({@code start} to insert)
     * @param replacement the new text
     * @param applied the detections it fixes
     */
    public record TextEdit(int start, int end, String replacement, List<Applied> applied) {
        /** Checks the range and copies the list. */
        public TextEdit {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
            applied = List.copyOf(applied);
        }
    }

    /**
     * A change of an entry of the catalogue, made by text edits of the entry's characters: the fixed text
     * must read back to {@code replacement} at the entry's place, or the edits are not made.
     *
     * @param section the index of its section in document order
     * @param entry its index among the section's entries
     * @param replacement the entry as the fixed text must read
     * @param applied the detections it fixes
     * @param edits the text edits that make it
     */
    public record EntryEdit(int section, int entry, Entry replacement, List<Applied> applied, List<TextEdit> edits) {
        /** Copies the lists. */
        public EntryEdit {
            applied = List.copyOf(applied);
            edits = List.copyOf(edits);
        }
    }

    /**
     * A detection not fixed.
     *
     * @param detection the detection
     * @param reason why, in English: what the document does not show
     */
    public record Declined(Detection detection, String reason) {
    }

    private final List<TextEdit> text = new ArrayList<>();
    private final List<EntryEdit> entries = new ArrayList<>();
    private final List<Declined> declined = new ArrayList<>();

    /** Proposes a text edit fixing one detection; {@code before} is the text replaced. */
    public void text(Detection d, int start, int end, String replacement, String before) {
        text.add(new TextEdit(start, end, replacement, List.of(new Applied(d, before, replacement))));
    }

    /** Proposes a text edit. */
    public void text(TextEdit edit) {
        text.add(edit);
    }

    /** Proposes an entry edit. */
    public void entry(EntryEdit edit) {
        entries.add(edit);
    }

    /** Declines a detection. */
    public void decline(Detection d, String reason) {
        declined.add(new Declined(d, reason));
    }

    /** The text edits, in the order proposed. */
    public List<TextEdit> textEdits() {
        return text;
    }

    /** The entry edits, in the order proposed. */
    public List<EntryEdit> entryEdits() {
        return entries;
    }

    /** The detections declined, in the order declined. */
    public List<Declined> declined() {
        return declined;
    }
}
