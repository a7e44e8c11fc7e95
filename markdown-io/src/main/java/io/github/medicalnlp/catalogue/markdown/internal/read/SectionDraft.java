package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.markdown.internal.Annotation;
import io.github.medicalnlp.catalogue.markdown.internal.Inference;
import java.util.ArrayList;
import java.util.List;

/** A section being read: its heading's parts, its entries so far, the group in effect. */
final class SectionDraft {
    final int index;
    final SectionDraft parent;
    final int level;
    final String number;
    final String title;
    final String anchor;
    final List<SectionDraft> children = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    /** The group label in effect for the next entry, or null. */
    String group;
    private Annotation.Metadata implied;
    private Inference.Facts facts;
    private static final Inference.Facts NONE = new Inference.Facts(java.util.Optional.empty(), List.of(),
            java.util.Set.of());

    /** The facts each title implies on its own, shared by the sections of one reading. */
    private final java.util.Map<String, Inference.Facts> titleFacts;

    SectionDraft(int index, SectionDraft parent, int level, String number, String title, String anchor,
            java.util.Map<String, Inference.Facts> titleFacts) {
        this.titleFacts = titleFacts;
        this.index = index;
        this.parent = parent;
        this.level = level;
        this.number = number;
        this.title = title;
        this.anchor = anchor;
    }

    /** The metadata the headings imply, computed once per section. */
    Annotation.Metadata implied() {
        if (implied == null) {
            implied = Annotation.Metadata.of(facts());
        }
        return implied;
    }

    /** The facts this section's title and those above it imply: its own title's, else its parent's. */
    private Inference.Facts facts() {
        if (facts == null) {
            Inference.Facts above = parent == null ? NONE : parent.facts(); // as deep as the levels: six
            Inference.Facts own = titleFacts.get(title);
            if (own == null) {
                own = Inference.facts(NONE, title);
                titleFacts.put(title, own);
            }
            facts = new Inference.Facts(own.kind().isEmpty() ? above.kind() : own.kind(),
                    own.languages().isEmpty() ? above.languages() : own.languages(),
                    own.modalities().isEmpty() ? above.modalities() : own.modalities());
        }
        return facts;
    }

    Section build() {
        Section.Builder b = Section.builder(title).number(number).anchor(anchor).entries(entries);
        for (SectionDraft c : children) {
            b.child(c.build());
        }
        return b.build();
    }
}
