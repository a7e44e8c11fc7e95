package io.github.medicalnlp.catalogue.query;

import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Text;
import java.util.Comparator;
import java.util.List;

/** The orders a {@link Query} can list its matches in. Every order is stable: ties keep source order. */
public enum Order {
    /** The order of the document: sections top to bottom, entries as written. The default. */
    SOURCE(null),
    /** By name, compared case-insensitively after Unicode NFKC normalisation. */
    NAME(Comparator.comparing((Match m) -> Text.fold(m.name()))),
    /**
     * By section number, compared part by part ({@code 2.2.1} before {@code 10}; numeric parts as
     * numbers), then by title for sections without a number.
     */
    SECTION(Order::compareSections);

    private final Comparator<Match> comparator;

    Order(Comparator<Match> comparator) {
        this.comparator = comparator;
    }

    /** The comparator of this order; {@code null} for {@link #SOURCE}, which keeps the list as it is. */
    Comparator<Match> comparator() {
        return comparator;
    }

    private static int compareSections(Match a, Match b) {
        List<Section> x = a.sections();
        List<Section> y = b.sections();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = compareLabels(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static int compareLabels(Section a, Section b) {
        String[] p = a.number().orElse("").split("\\.");
        String[] q = b.number().orElse("").split("\\.");
        String lastP = p[p.length - 1];
        String lastQ = q[q.length - 1];
        int c = compareParts(lastP, lastQ);
        return c != 0 ? c : Text.fold(a.title()).compareTo(Text.fold(b.title()));
    }

    private static int compareParts(String a, String b) {
        boolean numA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean numB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (numA && numB) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        if (numA != numB) {
            return numA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
