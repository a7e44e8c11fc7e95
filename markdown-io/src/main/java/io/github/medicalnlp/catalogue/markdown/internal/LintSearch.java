package io.github.medicalnlp.catalogue.markdown.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where several strings first occur in a window of a text, found in one pass over the window
 * (Aho-Corasick): time linear in the window plus the strings, whatever they are, where searching for
 * each string on its own with {@link String#indexOf(String, int)} takes the window's length for each
 * string that occurs late or not at all.
 */
public final class LintSearch {

    private static final int ROOT = 0;

    private LintSearch() {
    }

    /**
     * The first occurrence of each needle in {@code text} that starts at or after {@code from} and before
     * {@code to}, as {@code text.indexOf(needle, from)} finds it when that is below {@code to}; needles that
     * start no occurrence there are absent from the result. An occurrence may run past {@code to}.
     *
     * @param text the text
     * @param from the first start considered
     * @param to the end (exclusive) of the starts considered
     * @param needles the strings looked for (duplicates allowed)
     * @return the offset of each needle found
     */
    public static Map<String, Integer> firstOccurrences(String text, int from, int to, List<String> needles) {
        Map<String, Integer> found = new HashMap<>();
        if (from >= to || needles.isEmpty()) {
            return found;
        }
        Trie trie = new Trie();
        int longest = 0;
        for (String needle : needles) {
            if (needle.isEmpty()) {
                found.put(needle, from); // indexOf("", from) is from
            } else {
                trie.add(needle);
                longest = Math.max(longest, needle.length());
            }
        }
        if (trie.patterns == 0) {
            return found;
        }
        trie.link();
        boolean[] reported = new boolean[trie.size];
        int left = trie.patterns;
        int limit = (int) Math.min(text.length(), (long) to + longest - 1);
        int state = ROOT;
        for (int i = from; i < limit && left > 0; i++) {
            state = trie.step(state, text.charAt(i));
            // the terminal states among state's suffixes; a reported one has had its whole chain reported
            for (int t = trie.terminal[state] != null ? state : trie.output[state]; t > ROOT && !reported[t];
                    t = trie.output[t]) {
                reported[t] = true;
                String needle = trie.terminal[t];
                int start = i - needle.length() + 1;
                if (start < to) {
                    found.put(needle, start);
                    left--;
                }
            }
        }
        return found;
    }

    /** The trie of the needles with its failure and output links, in flat arrays. */
    private static final class Trie {
        private final Edges edges = new Edges();
        private int size = 1;
        private int patterns;
        private String[] terminal = new String[16];
        /** The first child of each node (0 for none; the root is no one's child), kept beside the node:
         * along a needle the child is the next node, so walking a chain reads memory in order. */
        private int[] firstChild = new int[16];
        private char[] firstChar = new char[16];
        private int[] parent = new int[16];
        private char[] via = new char[16];
        private int[] fail;
        private int[] output;

        void add(String needle) {
            int node = ROOT;
            for (int i = 0; i < needle.length(); i++) {
                char c = needle.charAt(i);
                int next = child(node, c);
                if (next < 0) {
                    next = size++;
                    if (next == terminal.length) {
                        int grown = next * 2;
                        terminal = Arrays.copyOf(terminal, grown);
                        firstChild = Arrays.copyOf(firstChild, grown);
                        firstChar = Arrays.copyOf(firstChar, grown);
                        parent = Arrays.copyOf(parent, grown);
                        via = Arrays.copyOf(via, grown);
                    }
                    parent[next] = node;
                    via[next] = c;
                    if (firstChild[node] == 0) {
                        firstChild[node] = next;
                        firstChar[node] = c;
                    } else {
                        edges.put(node, c, next);
                    }
                }
                node = next;
            }
            if (terminal[node] == null) {
                terminal[node] = needle;
                patterns++;
            }
        }

        /** Failure links (longest proper suffix in the trie) and output links (nearest terminal suffix), breadth first. */
        void link() {
            terminal = Arrays.copyOf(terminal, size);
            fail = new int[size];
            output = new int[size];
            int[] queue = new int[size];
            // children of each node, grouped: a counting sort of the nodes by parent
            int[] start = new int[size + 1];
            for (int n = 1; n < size; n++) {
                start[parent[n] + 1]++;
            }
            for (int n = 0; n < size; n++) {
                start[n + 1] += start[n];
            }
            int[] children = new int[Math.max(0, size - 1)];
            int[] fill = Arrays.copyOf(start, size);
            for (int n = 1; n < size; n++) {
                children[fill[parent[n]]++] = n;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = ROOT;
            while (head < tail) {
                int node = queue[head++];
                for (int k = start[node]; k < start[node + 1]; k++) {
                    int child = children[k];
                    queue[tail++] = child;
                    if (node == ROOT) {
                        fail[child] = ROOT;
                    } else {
                        fail[child] = step(fail[node], via[child]);
                    }
                    int f = fail[child];
                    output[child] = terminal[f] != null ? f : output[f];
                }
            }
        }

        /** The child of a node by a character, or -1. */
        int child(int node, char c) {
            int first = firstChild[node];
            if (first == 0) {
                return -1;
            }
            return firstChar[node] == c ? first : edges.get(node, c);
        }

        /** The state after reading {@code c} in {@code state}. */
        int step(int state, char c) {
            int s = state;
            while (true) {
                int next = child(s, c);
                if (next >= 0) {
                    return next;
                }
                if (s == ROOT) {
                    return ROOT;
                }
                s = fail[s];
            }
        }
    }

    /** The trie's edges after each node's first: an open-addressing hash map from (node, char) to the child node. */
    private static final class Edges {
        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int count;

        private static long key(int node, char c) {
            return ((long) node << 16 | c) + 1; // 0 marks an empty slot
        }

        /** A slot for the key: its bits mixed (the finaliser of MurmurHash3), then the low bits. */
        private static int slot(long key, int mask) {
            long h = key;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return (int) h & mask;
        }

        int get(int node, char c) {
            long k = key(node, c);
            int mask = keys.length - 1;
            for (int i = slot(k, mask); keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == k) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(int node, char c, int child) {
            if ((count + 1) * 2 > keys.length) {
                grow();
            }
            insert(key(node, c), child);
            count++;
        }

        private void insert(long k, int child) {
            int mask = keys.length - 1;
            int i = slot(k, mask);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = child;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
