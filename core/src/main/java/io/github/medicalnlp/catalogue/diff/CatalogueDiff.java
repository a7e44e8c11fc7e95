package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.internal.Urls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What changed between two catalogues: entries added, removed and changed, sections added, removed
 * and renamed. A value that other code can print ({@link #toString()} gives one line per change) or
 * serialise.
 *
 * <p>Entries are matched by their primary URL (compared without scheme, {@code www.}, trailing slash
 * or fragment, GitHub paths without case), then the rest by name (compared without case or width),
 * first come first served in document order. A matched entry is changed when any part of it differs
 * or it stands in another section; a new position inside the same section is not a change.
 *
 * <p>Sections are matched by their path of numbers (titles where there is no number): same path,
 * other title is a rename. Unmatched sections at the same place under the same parent are a rename
 * too; the rest are added or removed. Changes to title, introduction, news or citation are not
 * reported.
 *
 * @param entries the entry changes: removed and changed in the older catalogue's order, then added in
 *     the newer one's
 * @param sections the section changes: renamed, then removed (both in the older catalogue's order),
 *     then added (in the newer one's)
 */
public record CatalogueDiff(List<EntryChange> entries, List<SectionChange> sections) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException naming the parameter that is null, or the index of a null element
     */
    public CatalogueDiff {
        entries = Checks.listOf(entries, "entries");
        sections = Checks.listOf(sections, "sections");
    }

    /** The changes that turn {@code older} into {@code newer}. */
    public static CatalogueDiff between(Catalogue older, Catalogue newer) {
        Checks.notNull(older, "older");
        Checks.notNull(newer, "newer");
        return new CatalogueDiff(entryChanges(older, newer), sectionChanges(older, newer));
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return entries.isEmpty() && sections.isEmpty();
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

    /** One line per change, sections first; {@code no changes} when there is none. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no changes";
        }
        return Stream.concat(sections.stream().map(String::valueOf), entries.stream().map(String::valueOf))
                .collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------- entries

    private static List<EntryChange> entryChanges(Catalogue older, Catalogue newer) {
        List<Tree.Place> before = Tree.places(older);
        List<Tree.Place> after = Tree.places(newer);
        Tree.Place[] partner = new Tree.Place[after.size()];
        boolean[] taken = new boolean[before.size()];
        pair(before, after, partner, taken, p -> p.entry().primaryUrl().map(Urls::normalize).orElse(null));
        pair(before, after, partner, taken, p -> Text.foldKey(p.entry().name()));

        Map<Tree.Place, Integer> partnerIndex = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            if (partner[i] != null) {
                partnerIndex.put(partner[i], i);
            }
        }
        List<EntryChange> changes = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Tree.Place old = before.get(i);
            Integer j = partnerIndex.get(old);
            if (j == null) {
                changes.add(EntryChange.removed(old.entry(), old.node().path()));
            } else {
                Tree.Place now = after.get(j);
                EntryChange.between(old.entry(), old.node().path(), now.entry(), now.node().path())
                        .ifPresent(changes::add);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            if (partner[i] == null) {
                changes.add(EntryChange.added(after.get(i).entry(), after.get(i).node().path()));
            }
        }
        return changes;
    }

    /** Pairs each unpaired newer entry with the first unpaired older one that has the same key. */
    private static void pair(List<Tree.Place> before, List<Tree.Place> after, Tree.Place[] partner,
            boolean[] taken, Function<Tree.Place, String> key) {
        Map<String, List<Integer>> waiting = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            String k = taken[i] ? null : key.apply(before.get(i));
            if (k != null) {
                waiting.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            if (partner[i] != null) {
                continue;
            }
            String k = key.apply(after.get(i));
            List<Integer> candidates = k == null ? null : waiting.get(k);
            if (candidates != null && !candidates.isEmpty()) {
                int j = candidates.remove(0);
                taken[j] = true;
                partner[i] = before.get(j);
            }
        }
    }

    // ---------------------------------------------------------------- sections

    private static List<SectionChange> sectionChanges(Catalogue older, Catalogue newer) {
        List<Tree.Node> before = Tree.nodes(older);
        List<Tree.Node> after = Tree.nodes(newer);
        Map<String, Tree.Node> afterByPath = new HashMap<>();
        Map<List<Integer>, Tree.Node> afterByAddress = new HashMap<>();
        for (Tree.Node n : after) {
            afterByPath.putIfAbsent(n.path(), n);
            afterByAddress.put(n.address(), n);
        }
        Set<Tree.Node> matchedAfter = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SectionChange> changes = new ArrayList<>();
        List<Tree.Node> unmatchedBefore = new ArrayList<>();
        for (Tree.Node old : before) {
            Tree.Node now = afterByPath.get(old.path());
            if (now != null && !matchedAfter.contains(now)) {
                matchedAfter.add(now);
                if (!old.section().title().equals(now.section().title())) {
                    changes.add(SectionChange.renamed(old.path(), old.section().title(), now.path(),
                            now.section().title()));
                }
            } else {
                unmatchedBefore.add(old);
            }
        }
        for (Tree.Node old : unmatchedBefore) {
            Tree.Node now = afterByAddress.get(old.address());
            if (now != null && !matchedAfter.contains(now) && afterByPath.get(now.path()) == now
                    && before.stream().noneMatch(b -> b.path().equals(now.path()))) {
                matchedAfter.add(now);
                if (!old.section().title().equals(now.section().title())) {
                    changes.add(SectionChange.renamed(old.path(), old.section().title(), now.path(),
                            now.section().title()));
                }
            } else {
                changes.add(SectionChange.removed(old.path(), old.section().title()));
            }
        }
        for (Tree.Node now : after) {
            if (!matchedAfter.contains(now)) {
                changes.add(SectionChange.added(now.path(), now.section().title()));
            }
        }
        List<ChangeType> order = List.of(ChangeType.RENAMED, ChangeType.REMOVED, ChangeType.ADDED);
        changes.sort(Comparator.comparing(c -> order.indexOf(c.type()))); // stable: keeps document order
        return changes;
    }

}
