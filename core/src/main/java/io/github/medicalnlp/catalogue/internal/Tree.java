package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Addressing inside the section tree: a section is addressed by the indexes that lead to it from the
 * catalogue's top-level sections. Rebuilding along an address copies only the sections on the way;
 * every other section is shared, as it is immutable.
 */
public final class Tree {

    /** The separator of a section path, e.g. {@code 5 > 5.2 > 5.2.1}. */
    public static final String PATH_SEPARATOR = " > ";

    private Tree() {
    }

    /**
     * A section with its ancestry.
     *
     * @param address indexes from the top level to the section
     * @param ancestry the sections from the top level down to and including this one
     */
    public record Node(List<Integer> address, List<Section> ancestry) {
        /** The section itself. */
        public Section section() {
            return ancestry.get(ancestry.size() - 1);
        }

        /** The path of labels, e.g. {@code 5 > 5.2 > 5.2.1}. */
        public String path() {
            return Tree.path(ancestry);
        }
    }

    /**
     * An entry at its place.
     *
     * @param node the section holding it
     * @param index the entry's index in that section
     */
    public record Place(Node node, int index) {
        /** The entry. */
        public Entry entry() {
            return node.section().entries().get(index);
        }
    }

    /** The path of labels of an ancestry, e.g. {@code 5 > 5.2 > 5.2.1}. */
    public static String path(List<Section> ancestry) {
        return ancestry.stream().map(Section::label).collect(Collectors.joining(PATH_SEPARATOR));
    }

    /** Every section, depth first, in document order. */
    public static List<Node> nodes(Catalogue catalogue) {
        List<Node> out = new ArrayList<>();
        collect(catalogue.sections(), List.of(), List.of(), out);
        return out;
    }

    private static void collect(List<Section> sections, List<Integer> address, List<Section> ancestry,
            List<Node> out) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> a = append(address, i);
            List<Section> anc = append(ancestry, s);
            out.add(new Node(a, anc));
            collect(s.children(), a, anc, out);
        }
    }

    /** Every entry at its place, in document order. */
    public static List<Place> places(Catalogue catalogue) {
        List<Place> out = new ArrayList<>();
        for (Node node : nodes(catalogue)) {
            for (int i = 0; i < node.section().entries().size(); i++) {
                out.add(new Place(node, i));
            }
        }
        return out;
    }

    /**
     * Whether {@code selector} names this section: its number (a trailing dot ignored), its title
     * (case, width and runs of white space ignored), its anchor (with or without {@code #}), or its
     * path of numbers or titles separated by {@code >}.
     */
    public static boolean matches(Node node, String selector) {
        String s = selector.strip();
        Section section = node.section();
        if (same(section, s)) {
            return true;
        }
        String anchor = s.startsWith("#") ? s.substring(1) : s;
        if (!section.anchor().isEmpty() && section.anchor().equals(anchor)) {
            return true;
        }
        if (s.contains(">")) {
            if (s.equals(node.path())) {
                return true; // a path as pathOf gives it, also when a title holds '>'
            }
            String[] parts = s.split(">");
            if (parts.length == node.ancestry().size()) {
                for (int i = 0; i < parts.length; i++) {
                    if (!same(node.ancestry().get(i), parts[i].strip())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean same(Section section, String label) {
        String number = label.endsWith(".") ? label.substring(0, label.length() - 1) : label;
        return section.number().filter(n -> n.equals(number)).isPresent()
                || Text.foldKey(section.title()).equals(Text.foldKey(label));
    }

    /** The sections {@code selector} names, in document order. */
    public static List<Node> find(Catalogue catalogue, String selector) {
        Checks.notBlank(selector, "section");
        return nodes(catalogue).stream().filter(n -> matches(n, selector)).toList();
    }

    /**
     * The one section {@code selector} names.
     *
     * @throws java.util.NoSuchElementException when it names none, listing the section paths
     * @throws IllegalArgumentException when it names several, listing them
     */
    public static Node resolve(Catalogue catalogue, String selector) {
        List<Node> found = find(catalogue, selector);
        if (found.isEmpty()) {
            List<Node> all = nodes(catalogue);
            throw new java.util.NoSuchElementException("no section '" + Text.abbreviate(selector, 200)
                    + "'; the sections are: " + all.stream().limit(20)
                            .map(n -> Text.abbreviate(n.path() + " (" + n.section().title() + ")", 200))
                            .collect(Collectors.joining(", ")) + (all.size() > 20 ? ", … (" + all.size() + " in all)" : ""));
        }
        if (found.size() > 1) {
            // bounded as the message above is: 100,000 sections of one title named them all, a megabyte selector whole
            throw new IllegalArgumentException("section '" + Text.abbreviate(selector, 200) + "' is ambiguous: it names "
                    + found.stream().limit(20).map(n -> Text.abbreviate(n.path(), 200)).collect(Collectors.joining(", "))
                    + (found.size() > 20 ? ", … (" + found.size() + " in all)" : "")
                    + "; give a number or a path such as '3 > 3.1'");
        }
        return found.get(0);
    }

    /** The catalogue with the section at {@code address} replaced by {@code change} of it. */
    public static Catalogue update(Catalogue catalogue, List<Integer> address, UnaryOperator<Section> change) {
        return catalogue.withSections(update(catalogue.sections(), address, 0, change));
    }

    private static List<Section> update(List<Section> sections, List<Integer> address, int depth,
            UnaryOperator<Section> change) {
        int i = address.get(depth);
        Section old = sections.get(i);
        Section replaced = depth == address.size() - 1 ? change.apply(old)
                : old.withChildren(update(old.children(), address, depth + 1, change));
        List<Section> copy = new ArrayList<>(sections);
        if (replaced == null) {
            copy.remove(i);
        } else {
            copy.set(i, replaced);
        }
        return copy;
    }

    /** The catalogue without the section at {@code address}. */
    public static Catalogue remove(Catalogue catalogue, List<Integer> address) {
        return catalogue.withSections(update(catalogue.sections(), address, 0, s -> null));
    }

    /** A list with one more element at the end. */
    public static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(element);
        return List.copyOf(copy);
    }

    /** A list with {@code element} inserted at {@code index}. */
    public static <T> List<T> insert(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(index, element);
        return copy;
    }

    /** A list without the element at {@code index}. */
    public static <T> List<T> removeAt(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** A list with the element at {@code index} replaced. */
    public static <T> List<T> replaceAt(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    /**
     * The sections with only the entries kept: {@code kept} maps a section's address (its indexes from the top
     * level down, as {@link Node#address()} gives) to the indexes of its entries to keep. Sections with nothing
     * kept in or below them are dropped; the rest keep their order.
     */
    public static List<Section> prune(List<Section> sections, Map<List<Integer>, Set<Integer>> kept) {
        return prune(sections, List.of(), kept);
    }

    private static List<Section> prune(List<Section> sections, List<Integer> address,
            Map<List<Integer>, Set<Integer>> kept) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> a = append(address, i);
            Set<Integer> indexes = kept.getOrDefault(a, Set.of());
            List<Entry> entries = new ArrayList<>();
            for (int e = 0; e < s.entries().size(); e++) {
                if (indexes.contains(e)) {
                    entries.add(s.entries().get(e));
                }
            }
            List<Section> children = prune(s.children(), a, kept);
            if (!entries.isEmpty() || !children.isEmpty()) {
                out.add(s.withEntries(entries).withChildren(children));
            }
        }
        return out;
    }
}
