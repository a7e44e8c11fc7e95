package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A scaling check with generous bounds: the time of a step on an input 8 times larger must stay below
 * 20 times its time on the smaller input (64 times or more for a quadratic step), after a warm-up, the
 * best of a few runs each. On a loaded machine one attempt can be unlucky, so the check passes when one
 * of a few attempts does; a quadratic step fails them all.
 */
public final class Scaling {

    /** The largest allowed ratio of the times of 8x and 1x the input. */
    public static final int BOUND = 20;

    private static final int ATTEMPTS = 4;
    private static final long FLOOR = 2_000_000L;

    private Scaling() {
    }

    /**
     * Checks that {@code step} on {@code input.apply(8 * n)} takes less than {@link #BOUND} times its time
     * on {@code input.apply(n)}; times below two milliseconds count as two milliseconds.
     *
     * @param what what is measured, for the message
     * @param input the input of a size
     * @param n the smaller size
     * @param step what is timed
     */
    public static <T> void linear(String what, IntFunction<T> input, int n, Function<T, ?> step) {
        T small = input.apply(n);
        T large = input.apply(8 * n);
        for (int i = 0; i < 2; i++) {
            step.apply(small);
        }
        step.apply(large);
        double best = Double.MAX_VALUE;
        String seen = "";
        for (int attempt = 0; attempt < ATTEMPTS && best >= BOUND; attempt++) {
            long t1 = Long.MAX_VALUE;
            long t8 = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                step.apply(small);
                t1 = Math.min(t1, System.nanoTime() - t);
            }
            for (int i = 0; i < 2; i++) {
                long t = System.nanoTime();
                step.apply(large);
                t8 = Math.min(t8, System.nanoTime() - t);
            }
            double ratio = (double) t8 / Math.max(t1, FLOOR);
            best = Math.min(best, ratio);
            seen += String.format(" %.1f ms / %.1f ms;", t8 / 1e6, t1 / 1e6);
        }
        assertThat(best).as("%s: time for 8x the input against 1x:%s", what, seen).isLessThan(BOUND);
    }
}
