package io.github.medicalnlp.catalogue.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Argument checks shared by the model's compact constructors and factories. Every message names the
 * parameter, so that a user who passes {@code null} or a blank string learns which argument was wrong.
 */
public final class Checks {

    private Checks() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming {@code parameter}. */
    public static <T> T notNull(T value, String parameter) {
        if (value == null) {
            throw new NullPointerException(parameter + " must not be null");
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is {@code null}, empty or only white space. */
    public static String notBlank(String value, String parameter) {
        notNull(value, parameter);
        if (value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} when it is at least zero. */
    public static int notNegative(int value, String parameter) {
        if (value < 0) {
            throw new IllegalArgumentException(parameter + " must not be negative, was " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is at least zero. */
    public static long notNegative(long value, String parameter) {
        if (value < 0) {
            throw new IllegalArgumentException(parameter + " must not be negative, was " + value);
        }
        return value;
    }

    /**
     * An unmodifiable copy of {@code values} in their order; throws naming the parameter and index of
     * the first {@code null} element.
     */
    public static <T> List<T> listOf(Collection<? extends T> values, String parameter) {
        notNull(values, parameter);
        try {
            return List.copyOf(values); // an unmodifiable list is returned as it is: no copy
        } catch (NullPointerException e) {
            int index = 0;
            for (T value : values) {
                if (value == null) {
                    throw new NullPointerException(parameter + "[" + index + "] must not be null");
                }
                index++;
            }
            throw e;
        }
    }

    /**
     * An unmodifiable copy of {@code values} without repeats, first occurrence first; {@code null}
     * elements are rejected as in {@link #listOf}.
     */
    public static <T> List<T> distinctListOf(Collection<? extends T> values, String parameter) {
        List<T> list = listOf(values, parameter);
        return list.size() < 2 ? list : List.copyOf(new LinkedHashSet<>(list));
    }

    /**
     * An unmodifiable copy of non-blank strings, each stripped, without repeats; throws naming the
     * parameter and index of the first {@code null} or blank element.
     */
    public static List<String> distinctWords(Collection<String> values, String parameter) {
        List<String> words = listOf(values, parameter);
        if (words.isEmpty()) {
            return words;
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.isBlank()) { // the parameter's name is built only for the message: most lists are fine
                notBlank(word, parameter + "[" + i + "]");
            }
            result.add(word.strip());
        }
        return List.copyOf(result);
    }

    /** One shared set per enum constant, and the empty one: large catalogues hold many small sets. */
    private static final Map<Class<?>, List<Set<?>>> SINGLES = new ConcurrentHashMap<>();

    /**
     * An unmodifiable copy of {@code values} as a set in the enum's order, rejecting {@code null} elements as
     * {@link #listOf} does; the empty and one-element sets are shared.
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Set<E> enumSetOf(Collection<E> values, Class<E> type, String parameter) {
        List<E> list = listOf(values, parameter);
        if (list.isEmpty()) {
            return Set.of();
        }
        EnumSet<E> set = EnumSet.copyOf(list);
        if (set.size() > 1) {
            return Collections.unmodifiableSet(set);
        }
        List<Set<?>> singles = SINGLES.computeIfAbsent(type, t -> Arrays.stream(type.getEnumConstants())
                .<Set<?>>map(c -> Collections.unmodifiableSet(EnumSet.of(c))).toList());
        return (Set<E>) singles.get(set.iterator().next().ordinal());
    }

    /**
     * An unmodifiable copy of {@code map} in its iteration order; throws naming the parameter when a key or a
     * value is {@code null}.
     */
    public static <K, V> Map<K, V> mapOf(Map<? extends K, ? extends V> map, String parameter) {
        notNull(map, parameter);
        if (map.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(parameter + " must not hold null (key " + k + ")");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Throws {@link IndexOutOfBoundsException} naming the parameter unless {@code 0 <= index <= size}. */
    public static int positionIndex(int index, int size, String parameter) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException(
                    parameter + " must be between 0 and " + size + ", was " + index);
        }
        return index;
    }

    /** Throws {@link IndexOutOfBoundsException} naming the parameter unless {@code 0 <= index < size}. */
    public static int elementIndex(int index, int size, String parameter) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(size == 0
                    ? parameter + " is " + index + " but there is no element"
                    : parameter + " must be between 0 and " + (size - 1) + ", was " + index);
        }
        return index;
    }

    /** {@code Objects.equals} for readability in {@code withX} methods. */
    public static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
