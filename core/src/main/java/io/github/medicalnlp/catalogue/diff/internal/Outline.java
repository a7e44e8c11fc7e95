package io.github.medicalnlp.catalogue.diff.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A catalogue's sections in document order (node 0 stands for the catalogue itself, the parent of the
 * top-level sections) and its entries in document order, as arrays of indexes. Built without recursion,
 * in time linear in the number of sections and entries, whatever the depth; section paths are made
 * only when asked for, and kept.
 */
public final class Outline {

    private final List<Section> sections = new ArrayList<>();
    private final List<int[]> children = new ArrayList<>();
    private final int[] parent;
    private final int[] siblingIndex;
    private final String[] paths;
    private final List<Entry> entries = new ArrayList<>();
    private final int[] entryNode;
    private final int[] entryIndex;

    /** The outline of this catalogue. */
    public Outline(Catalogue catalogue) {
        List<Integer> parents = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        sections.add(null);
        parents.add(-1);
        indexes.add(0);
        children.add(null);
        // pre-order: a stack of (section, parent node, index among siblings), pushed in reverse
        Deque<Object[]> stack = new ArrayDeque<>();
        List<Section> top = catalogue.sections();
        int[] topNodes = new int[top.size()];
        children.set(0, topNodes);
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(new Object[] {top.get(i), 0, i});
        }
        while (!stack.isEmpty()) {
            Object[] item = stack.pop();
            Section s = (Section) item[0];
            int p = (Integer) item[1];
            int i = (Integer) item[2];
            int node = sections.size();
            sections.add(s);
            parents.add(p);
            indexes.add(i);
            children.get(p)[i] = node;
            children.add(new int[s.children().size()]);
            for (int k = s.children().size() - 1; k >= 0; k--) {
                stack.push(new Object[] {s.children().get(k), node, k});
            }
        }
        parent = parents.stream().mapToInt(Integer::intValue).toArray();
        siblingIndex = indexes.stream().mapToInt(Integer::intValue).toArray();
        paths = new String[sections.size()];
        List<Integer> nodes = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int n = 1; n < sections.size(); n++) {
            List<Entry> own = sections.get(n).entries();
            for (int k = 0; k < own.size(); k++) {
                entries.add(own.get(k));
                nodes.add(n);
                at.add(k);
            }
        }
        entryNode = nodes.stream().mapToInt(Integer::intValue).toArray();
        entryIndex = at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of nodes, the catalogue's own node 0 included. */
    public int nodes() {
        return sections.size();
    }

    /** The section of a node (null for node 0). */
    public Section section(int node) {
        return sections.get(node);
    }

    /** The parent node (-1 for node 0). */
    public int parent(int node) {
        return parent[node];
    }

    /** The index of a node among its siblings. */
    public int siblingIndex(int node) {
        return siblingIndex[node];
    }

    /** The child nodes, in order; not to be modified. */
    public int[] children(int node) {
        return children.get(node);
    }

    /** The path of labels of a node, e.g. {@code 5 > 5.2 > 5.2.1}, made once and kept. */
    public String path(int node) {
        if (paths[node] == null) {
            // walk up to the nearest node with a path, then make the paths down from there
            Deque<Integer> down = new ArrayDeque<>();
            int n = node;
            while (n > 0 && paths[n] == null) {
                down.push(n);
                n = parent[n];
            }
            String above = n > 0 ? paths[n] : null;
            while (!down.isEmpty()) {
                int d = down.pop();
                String label = sections.get(d).label();
                above = above == null ? label : above + Tree.PATH_SEPARATOR + label;
                paths[d] = above;
            }
        }
        return paths[node];
    }

    /** The number of entries. */
    public int entries() {
        return entries.size();
    }

    /** An entry, by its index in document order. */
    public Entry entry(int e) {
        return entries.get(e);
    }

    /** The node of the section holding an entry. */
    public int entryNode(int e) {
        return entryNode[e];
    }

    /** The entry's index in its section. */
    public int entryIndex(int e) {
        return entryIndex[e];
    }
}
