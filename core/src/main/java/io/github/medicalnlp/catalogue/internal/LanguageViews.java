package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Translation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalogue seen in one of its languages ({@link Catalogue#inLanguage}) or in its own only
 * ({@link Catalogue#withoutTranslations}).
 *
 * <p>In another language, each entry takes the name, fields and group of its translation there, and keeps
 * its own text as the translation in its list's language, so that no text is lost; each section takes its translated title and keeps its own likewise. A link label
 * that holds Chinese or other non-Latin text and names only the link's role ({@code 地址}, {@code 论文地址})
 * becomes the English word for the role ({@code Link}, {@code Paper}); other labels are the resource's own
 * text and stay.
 */
public final class LanguageViews {

    private LanguageViews() {
    }

    /** The catalogue in {@code language}, its own text kept as translations in {@code own}. */
    public static Catalogue inLanguage(Catalogue c, Language language, Language own) {
        return new Catalogue(c.title(), c.introduction(), c.news(),
                c.sections().stream().map(s -> section(s, language, own)).toList(), c.citation());
    }

    /** The catalogue without translations. */
    public static Catalogue withoutTranslations(Catalogue c) {
        return new Catalogue(c.title(), c.introduction(), c.news(), c.sections().stream().map(LanguageViews::plain).toList(),
                c.citation());
    }

    private static Section plain(Section s) {
        return new Section(s.number(), s.title(), s.anchor(), s.children().stream().map(LanguageViews::plain).toList(),
                s.entries().stream().map(e -> e.translations().isEmpty() ? e : e.toBuilder().translations(Map.of()).build())
                        .toList());
    }

    private static Section section(Section s, Language language, Language own) {
        String title = s.titles().get(language);
        Map<Language, String> titles = new LinkedHashMap<>(s.titles());
        if (title != null) {
            titles.remove(language);
            titles.put(own, s.title());
        }
        String t = title != null ? title : s.title();
        // the anchor of the heading in that language, as a reader of that rendering would find it
        String anchor = title != null ? Section.builder(t).number(s.number().orElse(null)).build().anchor() : s.anchor();
        return new Section(s.number(), t, anchor, s.children().stream().map(c -> section(c, language, own)).toList(),
                s.entries().stream().map(e -> entry(e, language, own)).toList(), titles);
    }

    private static Entry entry(Entry e, Language language, Language own) {
        Translation t = e.translations().get(language);
        if (t == null) {
            return e;
        }
        Map<Language, Translation> translations = new LinkedHashMap<>(e.translations());
        translations.remove(language);
        translations.put(own, new Translation(e.name(), e.fields(), e.group()));
        Entry.Builder b = e.toBuilder().name(t.name()).fields(t.fields()).group(t.group().or(e::group).orElse(null))
                .translations(translations).links(e.links().stream().map(l -> link(l, language)).toList());
        return b.build();
    }

    private static Link link(Link l, Language language) {
        if (!language.equals(Language.ENGLISH) || !hasNonLatin(l.label()) || LinkRole.ofLabel(l.label()) != l.role()
                || !roleWordOnly(l.label())) {
            return l;
        }
        return Link.of(l.url(), englishLabel(l.role()), l.role());
    }

    /** Whether a label is nothing but a word of its role's vocabulary (地址, 论文地址, 项目地址), not a title. */
    private static boolean roleWordOnly(String label) {
        return Vocabularies.LINK_ROLES.named(label).isPresent();
    }

    private static boolean hasNonLatin(String s) {
        return s.codePoints().anyMatch(c -> c >= 0x2E80);
    }

    /** The English edition's word for a link of this role. */
    static String englishLabel(LinkRole role) {
        return switch (role) {
            case HOMEPAGE -> "Link";
            case PAPER -> "Paper";
            case CODE -> "Code";
            case DATA -> "Data";
            case WEIGHTS -> "Weights";
            case DEMO -> "Demo";
            case OTHER -> "Other";
        };
    }
}
