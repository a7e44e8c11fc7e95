package io.github.medicalnlp.catalogue.diff.internal;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.internal.Urls;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The sections and entries of two outlines paired, and which paired ones stand in another order than
 * before among their siblings. Every step is a pass over the items with hash maps, or a longest
 * increasing subsequence: n log n at worst.
 *
 * <p>Sections are paired top down, the children of each pair of parents among themselves: by number
 * and title, then by title (renumbered), then by number (renamed), then by place (renamed, typically
 * an unnumbered section). Sections left then pair across the tree by a title held by one of them only
 * on each side (moved), and their children are paired as before.
 *
 * <p>Entries are paired by primary URL within paired sections, then by primary URL anywhere, then by
 * name within paired sections, then by name anywhere (URLs normalised, names folded); a key held by
 * several entries pairs them in document order.
 */
public final class Matching {

    /** A key within one section: the section's node (of the newer outline) and a text. */
    private record Local(int node, Object key) {
    }

    /** A section's number and title. */
    private record Heading(Optional<String> number, String title) {
    }

    /** Older section node to newer one, -1 when removed; index 0 is the catalogue itself. */
    public final int[] sectionPartner;
    /** Newer section node to older one, -1 when added. */
    public final int[] sectionPartnerBack;
    /** Older section nodes that stand in another order among their siblings. */
    public final boolean[] sectionMoved;
    /** Older entry to newer one, -1 when removed. */
    public final int[] entryPartner;
    /** Newer entry to older one, -1 when added. */
    public final int[] entryPartnerBack;
    /** Older entries that stand in another order among the entries of their section. */
    public final boolean[] entryMoved;

    private final Outline a;
    private final Outline b;

    /** Pairs the sections and entries of {@code older} and {@code newer}. */
    public Matching(Outline older, Outline newer) {
        a = older;
        b = newer;
        sectionPartner = filled(a.nodes());
        sectionPartnerBack = filled(b.nodes());
        sectionMoved = new boolean[a.nodes()];
        entryPartner = filled(a.entries());
        entryPartnerBack = filled(b.entries());
        entryMoved = new boolean[a.entries()];
        pairSections();
        pairEntries();
        sectionOrder();
        entryOrder();
    }

    private static int[] filled(int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        return out;
    }

    // ---------------------------------------------------------------- sections

    private void pairSections() {
        sectionPartner[0] = 0;
        sectionPartnerBack[0] = 0;
        ArrayDeque<Integer> pairs = new ArrayDeque<>();
        pairs.add(0);
        children(pairs);
        int[] left = unpaired(IntStream.range(1, a.nodes()).toArray(), sectionPartner);
        int[] leftNewer = unpaired(IntStream.range(1, b.nodes()).toArray(), sectionPartnerBack);
        Pairing.byUniqueKey(left, leftNewer, n -> Text.foldKey(a.section(n).title()),
                n -> Text.foldKey(b.section(n).title()), sectionPartner, sectionPartnerBack);
        for (int n : left) {
            if (sectionPartner[n] >= 0) {
                pairs.add(n);
            }
        }
        children(pairs);
    }

    /** Pairs the children of each pair of sections in the queue (older nodes), and theirs in turn. */
    private void children(ArrayDeque<Integer> pairs) {
        while (!pairs.isEmpty()) {
            int x = pairs.poll();
            int y = sectionPartner[x];
            int[] ca = unpaired(a.children(x), sectionPartner);
            int[] cb = unpaired(b.children(y), sectionPartnerBack);
            if (ca.length == 0) {
                continue;
            }
            if (cb.length > 0) {
                Pairing.byKey(ca, cb, n -> heading(a.section(n)), n -> heading(b.section(n)), sectionPartner,
                        sectionPartnerBack);
                Pairing.byKey(ca, cb, n -> a.section(n).title(), n -> b.section(n).title(), sectionPartner,
                        sectionPartnerBack);
                Pairing.byKey(ca, cb, n -> a.section(n).number().orElse(null), n -> b.section(n).number().orElse(null),
                        sectionPartner, sectionPartnerBack);
                int[] siblings = b.children(y);
                for (int n : ca) {
                    int i = a.siblingIndex(n);
                    if (sectionPartner[n] < 0 && i < siblings.length && sectionPartnerBack[siblings[i]] < 0) {
                        sectionPartner[n] = siblings[i];
                        sectionPartnerBack[siblings[i]] = n;
                    }
                }
            }
            for (int n : ca) {
                if (sectionPartner[n] >= 0) {
                    pairs.add(n);
                }
            }
        }
    }

    private static Heading heading(Section s) {
        return new Heading(s.number(), s.title());
    }

    private static int[] unpaired(int[] nodes, int[] partner) {
        return Arrays.stream(nodes).filter(n -> partner[n] < 0).toArray();
    }

    /** Marks the paired children of each paired parent that are not on a longest run in the same order. */
    private void sectionOrder() {
        for (int x = 0; x < a.nodes(); x++) {
            int y = sectionPartner[x];
            if (y < 0) {
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            for (int c : a.children(x)) {
                int p = sectionPartner[c];
                if (p >= 0 && b.parent(p) == y) {
                    kept.add(c);
                }
            }
            mark(kept, c -> b.siblingIndex(sectionPartner[c]), sectionMoved);
        }
    }

    private static void mark(List<Integer> items, java.util.function.IntUnaryOperator position, boolean[] moved) {
        int[] seq = items.stream().mapToInt(i -> position.applyAsInt(i)).toArray();
        boolean[] on = Pairing.longestIncreasing(seq);
        for (int i = 0; i < on.length; i++) {
            if (!on[i]) {
                moved[items.get(i)] = true;
            }
        }
    }

    // ---------------------------------------------------------------- entries

    private void pairEntries() {
        String[] urlA = urls(a);
        String[] urlB = urls(b);
        String[] nameA = names(a);
        String[] nameB = names(b);
        int[] as = IntStream.range(0, a.entries()).toArray();
        int[] bs = IntStream.range(0, b.entries()).toArray();
        Pairing.byKey(as, bs, e -> local(sectionPartner[a.entryNode(e)], urlA[e]), e -> local(b.entryNode(e), urlB[e]),
                entryPartner, entryPartnerBack);
        Pairing.byKey(as, bs, e -> urlA[e], e -> urlB[e], entryPartner, entryPartnerBack);
        Pairing.byKey(as, bs, e -> local(sectionPartner[a.entryNode(e)], nameA[e]),
                e -> local(b.entryNode(e), nameB[e]), entryPartner, entryPartnerBack);
        Pairing.byKey(as, bs, e -> nameA[e], e -> nameB[e], entryPartner, entryPartnerBack);
    }

    private static Local local(int node, Object key) {
        return node < 0 || key == null ? null : new Local(node, key);
    }

    private static String[] urls(Outline o) {
        String[] out = new String[o.entries()];
        for (int e = 0; e < out.length; e++) {
            out[e] = o.entry(e).primaryUrl().map(Urls::normalize).orElse(null);
        }
        return out;
    }

    private static String[] names(Outline o) {
        String[] out = new String[o.entries()];
        for (int e = 0; e < out.length; e++) {
            Entry entry = o.entry(e);
            out[e] = Text.foldKey(entry.name());
        }
        return out;
    }

    /** Marks the paired entries of each section that stay in it but not on a longest run in the same order. */
    private void entryOrder() {
        int e = 0;
        while (e < a.entries()) {
            int node = a.entryNode(e);
            int y = sectionPartner[node];
            List<Integer> kept = new ArrayList<>();
            for (; e < a.entries() && a.entryNode(e) == node; e++) {
                int p = entryPartner[e];
                if (y >= 0 && p >= 0 && b.entryNode(p) == y) {
                    kept.add(e);
                }
            }
            mark(kept, i -> b.entryIndex(entryPartner[i]), entryMoved);
        }
    }

    // ---------------------------------------------------------------- plain lists

    /** Pairs equal items of two lists, the k-th of a value with the k-th; older index to newer, -1 when none. */
    public static <T> int[] pairInOrder(List<T> older, List<T> newer) {
        int[] partner = filled(older.size());
        int[] back = filled(newer.size());
        Pairing.byKey(IntStream.range(0, older.size()).toArray(), IntStream.range(0, newer.size()).toArray(),
                older::get, newer::get, partner, back);
        return partner;
    }

    /** The paired items (partner not -1) that are not on a longest run in the same order. */
    public static boolean[] movedInOrder(int[] partner) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] >= 0) {
                kept.add(i);
            }
        }
        boolean[] moved = new boolean[partner.length];
        mark(kept, i -> partner[i], moved);
        return moved;
    }
}
