package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.diff.internal.Matching;
import io.github.medicalnlp.catalogue.diff.internal.Outline;
import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every difference between two catalogues: title, introduction and citation changed, news items
 * added, removed and moved, sections added, removed, renamed, renumbered and moved, entries added,
 * removed and changed. The diff is empty exactly when the catalogues are equal. A value that other
 * code can print ({@link #describe()} gives one line per change, {@link #summary()} the counts) or
 * serialise.
 *
 * <p>Sections are matched top down, the children of two matched sections among themselves: same
 * number and title, then same title (renumbered), then same number (renamed), then same place among
 * the siblings (renamed, typically an unnumbered section). Sections left over are matched across the
 * tree by a title that only one of them has on each side (moved to another parent). A matched section
 * reports what differs: title, number, parent, order among its siblings, and the anchor when its heading
 * is the same (a new heading brings a new anchor).
 *
 * <p>Entries are matched by their primary URL (compared without scheme, {@code www.}, trailing slash
 * or fragment, GitHub paths without case) within matched sections, then anywhere, then by name
 * (compared without case or width) within matched sections, then anywhere; repeated keys are paired in
 * document order. A matched entry is changed when any part of it differs, it stands in another
 * section, or it stands in another order among the entries of its section (entries only shifted by
 * others added or removed are not).
 *
 * <p>The diff takes time proportional to the size of the catalogues (n log n at worst): matching uses
 * hash maps on these keys, never a scan per entry.
 *
 * @param entries the entry changes: removed and changed in the older catalogue's order, then added in
 *     the newer one's
 * @param sections the section changes: changed, then removed (both in the older catalogue's order),
 *     then added (in the newer one's)
 * @param parts the changes of title, introduction and citation, in this order
 * @param news the news changes: removed and moved in the older catalogue's order, then added in the
 *     newer one's
 */
public record CatalogueDiff(List<EntryChange> entries, List<SectionChange> sections, List<CatalogueChange> parts,
        List<NewsChange> news) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException naming the parameter that is null, or the index of a null element
     */
    public CatalogueDiff {
        entries = Checks.listOf(entries, "entries");
        sections = Checks.listOf(sections, "sections");
        parts = Checks.listOf(parts, "parts");
        news = Checks.listOf(news, "news");
    }

    /**
     * A diff of entries and sections only, no change of title, introduction, citation or news.
     *
     * @throws NullPointerException naming the parameter that is null, or the index of a null element
     */
    public CatalogueDiff(List<EntryChange> entries, List<SectionChange> sections) {
        this(entries, sections, List.of(), List.of());
    }

    /** The changes that turn {@code older} into {@code newer}. */
    public static CatalogueDiff between(Catalogue older, Catalogue newer) {
        Checks.notNull(older, "older");
        Checks.notNull(newer, "newer");
        Outline a = new Outline(older);
        Outline b = new Outline(newer);
        Matching m = new Matching(a, b);
        return new CatalogueDiff(entryChanges(a, b, m), sectionChanges(a, b, m), partChanges(older, newer),
                newsChanges(older.news(), newer.news()));
    }

    /** Whether nothing changed, which is when the two catalogues are equal. */
    public boolean isEmpty() {
        return entries.isEmpty() && sections.isEmpty() && parts.isEmpty() && news.isEmpty();
    }

    /** The entries added. */
    public List<EntryChange> added() {
        return entries(ChangeType.ADDED);
    }

    /** The entries removed. */
    public List<EntryChange> removed() {
        return entries(ChangeType.REMOVED);
    }

    /** The entries changed. */
    public List<EntryChange> changed() {
        return entries(ChangeType.CHANGED);
    }

    /** The entry changes of this type. */
    public List<EntryChange> entries(ChangeType type) {
        Checks.notNull(type, "type");
        return entries.stream().filter(c -> c.type() == type).toList();
    }

    /** The section changes of this type. */
    public List<SectionChange> sections(ChangeType type) {
        Checks.notNull(type, "type");
        return sections.stream().filter(c -> c.type() == type).toList();
    }

    /** The change of the title, introduction or citation, if it changed. */
    public Optional<CatalogueChange> part(CatalogueChange.Part part) {
        Checks.notNull(part, "part");
        return parts.stream().filter(c -> c.part() == part).findFirst();
    }

    /**
     * The counts in one line: {@code 2 added, 1 removed, 3 changed entries}, then, where there are
     * any, {@code ; 1 added, 0 removed, 2 changed sections}, {@code ; 1 added, 0 removed, 0 moved news
     * items} and {@code ; title, citation changed}; {@code no changes} when there is none.
     */
    public String summary() {
        if (isEmpty()) {
            return "no changes";
        }
        StringJoiner out = new StringJoiner("; ");
        out.add(added().size() + " added, " + removed().size() + " removed, " + changed().size() + " changed entries");
        if (!sections.isEmpty()) {
            long added = sections(ChangeType.ADDED).size();
            long removed = sections(ChangeType.REMOVED).size();
            out.add(added + " added, " + removed + " removed, " + (sections.size() - added - removed) + " changed sections");
        }
        if (!news.isEmpty()) {
            out.add(count(ChangeType.ADDED) + " added, " + count(ChangeType.REMOVED) + " removed, "
                    + count(ChangeType.MOVED) + " moved news items");
        }
        if (!parts.isEmpty()) {
            out.add(parts.stream().map(c -> c.part().word()).collect(Collectors.joining(", ")) + " changed");
        }
        return out.toString();
    }

    private long count(ChangeType type) {
        return news.stream().filter(c -> c.type() == type).count();
    }

    /**
     * One line per change: title, introduction and citation, news, sections, entries; {@code no changes}
     * when there is none.
     */
    public String describe() {
        if (isEmpty()) {
            return "no changes";
        }
        return Stream.of(parts.stream(), news.stream(), sections.stream(), entries.stream()).flatMap(s -> s)
                .map(String::valueOf).collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------- building

    private static List<CatalogueChange> partChanges(Catalogue older, Catalogue newer) {
        List<CatalogueChange> out = new ArrayList<>();
        CatalogueChange.between(CatalogueChange.Part.TITLE, Optional.of(older.title()), Optional.of(newer.title()))
                .ifPresent(out::add);
        CatalogueChange.between(CatalogueChange.Part.INTRODUCTION, Optional.of(older.introduction()),
                Optional.of(newer.introduction())).ifPresent(out::add);
        CatalogueChange.between(CatalogueChange.Part.CITATION, older.citation(), newer.citation()).ifPresent(out::add);
        return out;
    }

    private static List<NewsChange> newsChanges(List<NewsItem> older, List<NewsItem> newer) {
        int[] partner = Matching.pairInOrder(older, newer);
        boolean[] moved = Matching.movedInOrder(partner);
        boolean[] taken = new boolean[newer.size()];
        List<NewsChange> out = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            if (partner[i] < 0) {
                out.add(new NewsChange(ChangeType.REMOVED, older.get(i)));
            } else {
                taken[partner[i]] = true;
                if (moved[i]) {
                    out.add(new NewsChange(ChangeType.MOVED, older.get(i)));
                }
            }
        }
        for (int j = 0; j < newer.size(); j++) {
            if (!taken[j]) {
                out.add(new NewsChange(ChangeType.ADDED, newer.get(j)));
            }
        }
        return out;
    }

    private static List<SectionChange> sectionChanges(Outline a, Outline b, Matching m) {
        List<SectionChange> changed = new ArrayList<>();
        List<SectionChange> removed = new ArrayList<>();
        for (int x = 1; x < a.nodes(); x++) {
            int y = m.sectionPartner[x];
            Section s = a.section(x);
            if (y < 0) {
                removed.add(SectionChange.removed(a.path(x), s.title()));
                continue;
            }
            Section t = b.section(y);
            Set<SectionChange.Aspect> aspects = EnumSet.noneOf(SectionChange.Aspect.class);
            if (!s.title().equals(t.title())) {
                aspects.add(SectionChange.Aspect.TITLE);
            }
            if (!s.number().equals(t.number())) {
                aspects.add(SectionChange.Aspect.NUMBER);
            }
            if (aspects.isEmpty() && !s.anchor().equals(t.anchor())) {
                aspects.add(SectionChange.Aspect.ANCHOR); // a new heading brings a new anchor: not worth a word
            }
            if (m.sectionPartner[a.parent(x)] != b.parent(y)) {
                aspects.add(SectionChange.Aspect.PARENT);
            }
            if (m.sectionMoved[x]) {
                aspects.add(SectionChange.Aspect.POSITION);
            }
            if (!aspects.isEmpty()) {
                changed.add(SectionChange.changed(a.path(x), s.title(), b.path(y), t.title(), aspects));
            }
        }
        List<SectionChange> out = new ArrayList<>(changed);
        out.addAll(removed);
        for (int y = 1; y < b.nodes(); y++) {
            if (m.sectionPartnerBack[y] < 0) {
                out.add(SectionChange.added(b.path(y), b.section(y).title()));
            }
        }
        return out;
    }

    private static List<EntryChange> entryChanges(Outline a, Outline b, Matching m) {
        List<EntryChange> out = new ArrayList<>();
        for (int e = 0; e < a.entries(); e++) {
            int x = a.entryNode(e);
            int f = m.entryPartner[e];
            if (f < 0) {
                out.add(EntryChange.removed(a.entry(e), a.path(x), a.section(x).title(), a.entryIndex(e)));
                continue;
            }
            int y = b.entryNode(f);
            if (a.entry(e).equals(b.entry(f)) && m.sectionPartner[x] == y && !m.entryMoved[e]) {
                continue; // the common case: no path is made
            }
            EntryChange.between(a.entry(e), a.path(x), a.section(x).title(), a.entryIndex(e),
                    b.entry(f), b.path(y), b.section(y).title(), b.entryIndex(f),
                    m.sectionPartner[x] != y, m.entryMoved[e]).ifPresent(out::add);
        }
        for (int f = 0; f < b.entries(); f++) {
            if (m.entryPartnerBack[f] < 0) {
                int y = b.entryNode(f);
                out.add(EntryChange.added(b.entry(f), b.path(y), b.section(y).title(), b.entryIndex(f)));
            }
        }
        return out;
    }

    /**
     * The counts in one line, {@code CatalogueDiff[2 added, 1 removed, 3 changed entries]} ({@link #summary()} in
     * brackets); {@link #describe()} gives one line per change.
     */
    @Override
    public String toString() {
        return "CatalogueDiff[" + summary() + "]";
    }
}
