package io.github.medicalnlp.catalogue.diff.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Pairing by keys in hash maps, and the longest increasing subsequence: both without nested scans. */
final class Pairing {

    private Pairing() {
    }

    /**
     * Pairs each still unpaired item of {@code bs} with the first still unpaired item of {@code as} that
     * has the same key (null keys pair nothing): the k-th of a key in one side with the k-th in the other,
     * in the order given. Linear in the number of items.
     */
    static void byKey(int[] as, int[] bs, IntFunction<Object> keyA, IntFunction<Object> keyB, int[] partnerA,
            int[] partnerB) {
        Map<Object, ArrayDeque<Integer>> waiting = new HashMap<>();
        for (int a : as) {
            if (partnerA[a] < 0) {
                Object k = keyA.apply(a);
                if (k != null) {
                    waiting.computeIfAbsent(k, x -> new ArrayDeque<>()).add(a);
                }
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        for (int b : bs) {
            if (partnerB[b] < 0) {
                Object k = keyB.apply(b);
                ArrayDeque<Integer> q = k == null ? null : waiting.get(k);
                if (q != null && !q.isEmpty()) {
                    int a = q.poll();
                    partnerA[a] = b;
                    partnerB[b] = a;
                }
            }
        }
    }

    /**
     * Pairs the unpaired items whose key is held by exactly one unpaired item on each side. Linear.
     */
    static void byUniqueKey(int[] as, int[] bs, IntFunction<Object> keyA, IntFunction<Object> keyB, int[] partnerA,
            int[] partnerB) {
        Map<Object, Integer> onlyA = unique(as, keyA, partnerA);
        Map<Object, Integer> onlyB = unique(bs, keyB, partnerB);
        for (int a : as) {
            if (partnerA[a] < 0) {
                Object k = keyA.apply(a);
                Integer ia = k == null ? null : onlyA.get(k);
                Integer ib = k == null ? null : onlyB.get(k);
                if (ia != null && ia >= 0 && ib != null && ib >= 0) {
                    partnerA[a] = ib;
                    partnerB[ib] = a;
                }
            }
        }
    }

    /** Key to item for keys held by one unpaired item, key to -1 for keys held by several. */
    private static Map<Object, Integer> unique(int[] items, IntFunction<Object> key, int[] partner) {
        Map<Object, Integer> out = new HashMap<>();
        for (int i : items) {
            if (partner[i] < 0) {
                Object k = key.apply(i);
                if (k != null) {
                    out.merge(k, i, (x, y) -> -1);
                }
            }
        }
        return out;
    }

    /**
     * Which elements of {@code seq} (distinct values) lie on one longest increasing subsequence, the
     * earliest-ending one found by patience sorting; n log n.
     */
    static boolean[] longestIncreasing(int[] seq) {
        int n = seq.length;
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int[] tailValue = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int pos = Arrays.binarySearch(tailValue, 0, length, seq[i]);
            if (pos < 0) {
                pos = -pos - 1;
            }
            tailValue[pos] = seq[i];
            tailIndex[pos] = i;
            previous[i] = pos > 0 ? tailIndex[pos - 1] : -1;
            if (pos == length) {
                length++;
            }
        }
        boolean[] on = new boolean[n];
        for (int i = length == 0 ? -1 : tailIndex[length - 1]; i >= 0; i = previous[i]) {
            on[i] = true;
        }
        return on;
    }
}
