package io.github.medicalnlp.catalogue.markdown.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an edited document as pieces: ranges of the text as read, and new text. Rendered to a
 * {@code String}, or to UTF-8 bytes by copying the kept ranges from the bytes of the text as read, so
 * that writing an edited document does not encode what it did not change.
 *
 * <p>An instance is built by one thread; once built, {@link #toString()} and {@link #toBytes} only read
 * it, so a built instance reached through a final field may be rendered from many threads at once.
 */
public final class Output {

    private final String source;
    private final List<Object> pieces = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();
    private int length;
    /** The length of the text up to its last character that is not white space. */
    private int inkEnd;

    /** Pieces over the text as read. */
    public Output(String source) {
        this.source = source;
    }

    /** A kept range of the text as read. */
    private record Range(int start, int end) {
    }

    /** Appends a range of the text as read. */
    public Output range(int start, int end) {
        if (end <= start) {
            return this;
        }
        int last = pieces.size() - 1;
        if (pending.length() == 0 && last >= 0 && pieces.get(last) instanceof Range r && r.end() == start) {
            pieces.set(last, new Range(r.start(), end)); // kept text runs on: one copy instead of many
        } else {
            flush();
            pieces.add(new Range(start, end));
        }
        ink(source, start, end);
        length += end - start;
        remember(source, start, end);
        return this;
    }

    /** Appends new text. */
    public Output append(CharSequence text) {
        pending.append(text);
        ink(text, 0, text.length());
        length += text.length();
        remember(text, 0, text.length());
        return this;
    }

    /** Appends a character. */
    public Output append(char c) {
        return append(String.valueOf(c));
    }

    private void flush() {
        if (pending.length() > 0) {
            pieces.add(pending.toString());
            pending.setLength(0);
        }
    }

    /** Moves {@link #inkEnd} past the last character of {@code text[start, end)} that is not white space. */
    private void ink(CharSequence text, int start, int end) {
        for (int k = end - 1; k >= start; k--) { // text appended ends with a line ending or two: a short scan
            if (!Character.isWhitespace(text.charAt(k))) {
                inkEnd = length + k - start + 1;
                return;
            }
        }
    }

    private void remember(CharSequence text, int start, int end) {
        int from = Math.max(start, end - 8);
        tail.append(text, from, end);
        if (tail.length() > 8) {
            tail.delete(0, tail.length() - 8);
        }
    }

    /** The number of characters so far. */
    public int length() {
        return length;
    }

    /**
     * The length of the text so far up to its last character that is not white space: it stays the same while
     * only blank lines are appended.
     */
    public int inkEnd() {
        return inkEnd;
    }

    /** Whether the text so far ends with {@code suffix} (at most 8 characters). */
    public boolean endsWith(String suffix) {
        return tail.length() >= suffix.length() && tail.substring(tail.length() - suffix.length()).equals(suffix);
    }

    /** The last character, or 0 when there is none. */
    public char last() {
        return tail.length() == 0 ? 0 : tail.charAt(tail.length() - 1);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(length);
        for (Object p : pieces) {
            if (p instanceof Range r) {
                b.append(source, r.start(), r.end());
            } else {
                b.append((String) p);
            }
        }
        return b.append(pending).toString(); // read only: no flush, so concurrent renders see the same pieces
    }

    /**
     * The UTF-8 bytes: kept ranges copied from {@code sourceBytes}, new text encoded.
     *
     * @param sourceBytes the UTF-8 bytes of the text as read
     * @param byteOffset the byte offset of each char offset that starts or ends a range
     */
    public byte[] toBytes(byte[] sourceBytes, java.util.function.IntUnaryOperator byteOffset) {
        byte[] pendingBytes = pending.toString().getBytes(StandardCharsets.UTF_8); // read only, as toString
        byte[][] encoded = new byte[pieces.size()][];
        int total = pendingBytes.length;
        for (int i = 0; i < pieces.size(); i++) {
            Object p = pieces.get(i);
            if (p instanceof Range r) {
                total += byteOffset.applyAsInt(r.end()) - byteOffset.applyAsInt(r.start());
            } else {
                encoded[i] = ((String) p).getBytes(StandardCharsets.UTF_8);
                total += encoded[i].length;
            }
        }
        byte[] out = new byte[total];
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Object p = pieces.get(i);
            if (p instanceof Range r) {
                int from = byteOffset.applyAsInt(r.start());
                int n = byteOffset.applyAsInt(r.end()) - from;
                System.arraycopy(sourceBytes, from, out, at, n);
                at += n;
            } else {
                System.arraycopy(encoded[i], 0, out, at, encoded[i].length);
                at += encoded[i].length;
            }
        }
        System.arraycopy(pendingBytes, 0, out, at, pendingBytes.length);
        return out;
    }
}
