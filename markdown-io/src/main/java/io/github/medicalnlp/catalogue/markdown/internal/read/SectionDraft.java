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

    SectionDraft(int index, SectionDraft parent, int level, String number, String title, String anchor) {
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
            List<String> titles = new ArrayList<>();
            for (SectionDraft s = this; s != null; s = s.parent) {
                titles.add(0, s.title);
            }
            implied = Annotation.Metadata.of(Inference.facts(titles));
        }
        return implied;
    }

    Section build() {
        Section.Builder b = Section.builder(title).number(number).anchor(anchor).entries(entries);
        for (SectionDraft c : children) {
            b.child(c.build());
        }
        return b.build();
    }
}
