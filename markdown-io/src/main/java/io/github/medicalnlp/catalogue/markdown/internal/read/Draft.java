package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.markdown.internal.Annotation;
import java.util.ArrayList;
import java.util.List;

/** An entry being read: what the recognisers and {@link EntryParts} have found of it so far. */
final class Draft {

    /** A link and where it was written, for warnings about it. */
    record LinkAt(Link link, int offset) {
    }

    String name;
    final List<LinkAt> links = new ArrayList<>();
    final List<TextField> fields = new ArrayList<>();
    /** The {@code label：} read without a value: {index in fields, offset}; a quote after one is its value. */
    final List<int[]> emptyLabels = new ArrayList<>();
    /** Whether the last thing read was a label without a value, which a quote right after it fills. */
    boolean open;
    Annotation.Metadata metadata;

    void link(Link link, int offset) {
        links.add(new LinkAt(link, offset));
        open = false;
    }

    void field(TextField field) {
        fields.add(field);
        open = false;
    }

    /** A {@code label：} without a value, at an offset. */
    void emptyLabel(String label, int offset) {
        fields.add(TextField.of(label, ""));
        emptyLabels.add(new int[] {fields.size() - 1, offset});
        open = true;
    }

    /** Gives the label read last, without a value, this value; false when the last thing read was another. */
    boolean fillOpenLabel(String value) {
        if (!open || value.isEmpty()) {
            return false;
        }
        int[] last = emptyLabels.remove(emptyLabels.size() - 1);
        fields.set(last[0], TextField.of(fields.get(last[0]).label(), value));
        open = false;
        return true;
    }

    /**
     * The entry, made by its canonical constructor (which checks everything) rather than through a
     * builder: the builder's lists would be copied once more for each of a long list's entries.
     */
    Entry build(SectionDraft section) {
        List<Link> linkList = new ArrayList<>(links.size());
        for (LinkAt l : links) {
            linkList.add(l.link());
        }
        Annotation.Metadata m = metadata != null ? metadata : section.implied();
        // an annotation's group (group=…) overrides the group label in effect
        java.util.Optional<String> group = m.group().orElse(java.util.Optional.ofNullable(section.group));
        return new Entry(name.strip(), linkList, fields, m.kind(), m.languages(), m.modalities(), m.tasks(), m.tags(),
                group);
    }
}
