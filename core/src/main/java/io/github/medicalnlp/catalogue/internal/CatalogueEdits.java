package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The bodies of {@link Catalogue}'s edits, which delegate here so that the record reads as its API: each
 * resolves the section or entry it is given, checks the index, and rebuilds the catalogue along one
 * address with {@link Tree#update}, sharing every other section.
 */
public final class CatalogueEdits {

    private CatalogueEdits() {
    }

    // ---------------------------------------------------------------- entries

    /** {@link Catalogue#addEntry(String, Entry)}. */
    public static Catalogue addEntry(Catalogue c, String section, Entry entry) {
        Checks.notNull(entry, "entry");
        Tree.Node node = Tree.resolve(c, section);
        return addEntry(c, node, node.section().entries().size(), entry);
    }

    /** {@link Catalogue#addEntry(String, int, Entry)}. */
    public static Catalogue addEntry(Catalogue c, String section, int index, Entry entry) {
        Checks.notNull(entry, "entry");
        Tree.Node node = Tree.resolve(c, section);
        Checks.positionIndex(index, node.section().entries().size(), "index");
        return addEntry(c, node, index, entry);
    }

    private static Catalogue addEntry(Catalogue c, Tree.Node node, int index, Entry entry) {
        return Tree.update(c, node.address(), s -> s.withEntries(Tree.insert(s.entries(), index, entry)));
    }

    /** {@link Catalogue#replaceEntry(Entry, Entry)}. */
    public static Catalogue replaceEntry(Catalogue c, Entry existing, Entry replacement) {
        Checks.notNull(replacement, "replacement");
        Tree.Place place = placeOf(c, existing, "existing");
        return replaceEntry(c, place.node(), place.index(), replacement);
    }

    /** {@link Catalogue#replaceEntry(String, int, Entry)}. */
    public static Catalogue replaceEntry(Catalogue c, String section, int index, Entry replacement) {
        Checks.notNull(replacement, "replacement");
        Tree.Node node = Tree.resolve(c, section);
        Checks.elementIndex(index, node.section().entries().size(), "index");
        return replaceEntry(c, node, index, replacement);
    }

    private static Catalogue replaceEntry(Catalogue c, Tree.Node node, int index, Entry replacement) {
        return Tree.update(c, node.address(), s -> s.withEntries(Tree.replaceAt(s.entries(), index, replacement)));
    }

    /** {@link Catalogue#removeEntry(Entry)}. */
    public static Catalogue removeEntry(Catalogue c, Entry entry) {
        Tree.Place place = placeOf(c, entry, "entry");
        return removeEntry(c, place.node(), place.index());
    }

    /** {@link Catalogue#removeEntry(String, int)}. */
    public static Catalogue removeEntry(Catalogue c, String section, int index) {
        Tree.Node node = Tree.resolve(c, section);
        Checks.elementIndex(index, node.section().entries().size(), "index");
        return removeEntry(c, node, index);
    }

    private static Catalogue removeEntry(Catalogue c, Tree.Node node, int index) {
        return Tree.update(c, node.address(), s -> s.withEntries(Tree.removeAt(s.entries(), index)));
    }

    /** {@link Catalogue#moveEntry(Entry, String)}. */
    public static Catalogue moveEntry(Catalogue c, Entry entry, String section) {
        Tree.Place from = placeOf(c, entry, "entry");
        Tree.Node target = Tree.resolve(c, section);
        int size = target.section().entries().size();
        return moveEntry(c, from, target, target.address().equals(from.node().address()) ? size - 1 : size);
    }

    /** {@link Catalogue#moveEntry(Entry, String, int)}. */
    public static Catalogue moveEntry(Catalogue c, Entry entry, String section, int index) {
        Tree.Place from = placeOf(c, entry, "entry");
        Tree.Node target = Tree.resolve(c, section);
        int size = target.section().entries().size()
                - (target.address().equals(from.node().address()) ? 1 : 0);
        Checks.positionIndex(index, size, "index");
        return moveEntry(c, from, target, index);
    }

    private static Catalogue moveEntry(Catalogue c, Tree.Place from, Tree.Node target, int index) {
        Entry moving = from.entry();
        Catalogue without = removeEntry(c, from.node(), from.index());
        return Tree.update(without, target.address(), s -> s.withEntries(Tree.insert(s.entries(), index, moving)));
    }

    private static Tree.Place placeOf(Catalogue c, Entry entry, String parameter) {
        Checks.notNull(entry, parameter);
        List<Tree.Place> found = Tree.places(c).stream().filter(p -> p.entry().equals(entry)).toList();
        if (found.isEmpty()) {
            throw new NoSuchElementException("no entry equal to '" + entry.name() + "' in catalogue '"
                    + c.title() + "'");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("entry '" + entry.name() + "' is in the catalogue "
                    + found.size() + " times (in " + found.stream().map(p -> p.node().path() + " #" + p.index())
                            .collect(Collectors.joining(", "))
                    + "); name it by section and index");
        }
        return found.get(0);
    }

    // ---------------------------------------------------------------- sections

    /** {@link Catalogue#addSection(Section)}. */
    public static Catalogue addSection(Catalogue c, Section section) {
        Checks.notNull(section, "section");
        return c.withSections(Tree.append(c.sections(), section));
    }

    /** {@link Catalogue#addSection(String, Section)}. */
    public static Catalogue addSection(Catalogue c, String parent, Section section) {
        Checks.notNull(section, "section");
        Tree.Node node = Tree.resolve(c, parent);
        return Tree.update(c, node.address(), s -> s.withChildren(Tree.append(s.children(), section)));
    }

    /** {@link Catalogue#addSection(String, int, Section)}. */
    public static Catalogue addSection(Catalogue c, String parent, int index, Section section) {
        Checks.notNull(section, "section");
        Tree.Node node = Tree.resolve(c, parent);
        Checks.positionIndex(index, node.section().children().size(), "index");
        return Tree.update(c, node.address(), s -> s.withChildren(Tree.insert(s.children(), index, section)));
    }

    /** {@link Catalogue#removeSection(String)}. */
    public static Catalogue removeSection(Catalogue c, String section) {
        return Tree.remove(c, Tree.resolve(c, section).address());
    }

    /** {@link Catalogue#renameSection(String, String)}. */
    public static Catalogue renameSection(Catalogue c, String section, String title) {
        Checks.notBlank(title, "title");
        return Tree.update(c, Tree.resolve(c, section).address(), s -> s.withTitle(title));
    }

    /** {@link Catalogue#renameSection(String, Language, String)}. */
    public static Catalogue renameSection(Catalogue c, String section, Language language, String title) {
        Checks.notBlank(title, "title");
        return Tree.update(c, Tree.resolve(c, section).address(), s -> s.withTitle(language, title));
    }
}
