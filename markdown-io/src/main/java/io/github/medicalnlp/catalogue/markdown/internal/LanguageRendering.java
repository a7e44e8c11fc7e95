package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Anchors;
import io.github.medicalnlp.catalogue.internal.Vocabularies;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue a rendering in another language holds: {@link Catalogue#inLanguage} without translations
 * (Markdown holds one language), every section's anchor as a reader of that rendering finds it (GitHub's,
 * with {@code -1}, {@code -2} for repeats, counted over the title, News and Contents headings too), and, for
 * English, a Chinese link label that only names the link's role ({@code 地址}, {@code 论文地址}) as the
 * English edition's word ({@code Link}, {@code Paper}); other labels are the resource's own text and stay.
 */
public final class LanguageRendering {

    /** BCP 47's "undetermined": the catalogue's own language, whose text the view keeps and Markdown leaves out. */
    private static final Language UNDETERMINED = Language.of("und");

    private LanguageRendering() {
    }

    /** The catalogue a canonical rendering of {@code c} in {@code language} holds. */
    public static Catalogue view(Catalogue c, Language language) {
        Catalogue v = c.inLanguage(language, UNDETERMINED).withoutTranslations();
        Anchors.Numbering anchors = new Anchors.Numbering();
        anchors.next(Section.anchorOf(v.title()));
        if (!v.news().isEmpty()) {
            anchors.next(Section.anchorOf(CanonicalRenderer.NEWS));
        }
        if (!v.sections().isEmpty()) {
            anchors.next(Section.anchorOf(CanonicalRenderer.CONTENTS));
        }
        boolean english = language.equals(Language.ENGLISH);
        List<Section> sections = new ArrayList<>();
        for (Section s : v.sections()) {
            sections.add(section(s, anchors, english));
        }
        return new Catalogue(v.title(), v.introduction(), v.news(), sections, v.citation());
    }

    private static Section section(Section s, Anchors.Numbering anchors, boolean english) {
        String anchor = anchors.next(Section.anchorOf(s.heading()));
        List<Entry> entries = english ? s.entries().stream().map(LanguageRendering::englishLabels).toList() : s.entries();
        List<Section> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(section(c, anchors, english)); // after this heading, as the document has them
        }
        return new Section(s.number(), s.title(), anchor, children, entries);
    }

    private static Entry englishLabels(Entry e) {
        List<Link> links = new ArrayList<>(e.links().size());
        boolean changed = false;
        for (Link l : e.links()) {
            Link english = englishLabel(l);
            changed |= english != l;
            links.add(english);
        }
        return changed ? e.withLinks(links) : e;
    }

    private static Link englishLabel(Link l) {
        String label = l.label();
        if (label.codePoints().noneMatch(c -> c >= 0x2E80) || Vocabularies.LINK_ROLES.named(label).isEmpty()
                || LinkRole.ofLabel(label) != l.role()) {
            return l;
        }
        return Link.of(l.url(), switch (l.role()) {
            case HOMEPAGE -> "Link";
            case PAPER -> "Paper";
            case CODE -> "Code";
            case DATA -> "Data";
            case WEIGHTS -> "Weights";
            case DEMO -> "Demo";
            case OTHER -> "Other";
        }, l.role());
    }
}
