package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Translation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue seen in one of its languages ({@link Catalogue#inLanguage}) or in its own only
 * ({@link Catalogue#withoutTranslations}).
 *
 * <p>In another language, each entry takes the name, fields and group of its translation there, and keeps
 * its own text as the translation in its list's language; each section takes its translated title and keeps
 * its own likewise. Links, anchors and metadata are not text of a language and stay, so the view turned back
 * is the catalogue again.
 */
public final class LanguageViews {

    private LanguageViews() {
    }

    /** The catalogue in {@code language}, its own text kept as translations in {@code own}. */
    public static Catalogue inLanguage(Catalogue c, Language language, Language own) {
        List<Section> sections = c.sections().stream().map(s -> section(s, language, own)).toList();
        CatalogueTranslation t = c.translations().get(language);
        if (t == null) {
            return new Catalogue(c.title(), c.introduction(), c.news(), sections, c.citation(), c.translations());
        }
        Map<Language, CatalogueTranslation> translations = new LinkedHashMap<>(c.translations());
        translations.remove(language);
        translations.put(own, new CatalogueTranslation(c.title(), c.introduction(), c.news()));
        return new Catalogue(t.title(), t.introduction(), t.news(), sections, c.citation(), translations);
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
        return new Section(s.number(), title != null ? title : s.title(), s.anchor(),
                s.children().stream().map(c -> section(c, language, own)).toList(),
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
        return e.toBuilder().name(t.name()).fields(t.fields()).group(t.group().or(e::group).orElse(null))
                .translations(translations).build();
    }
}
