package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the place of the first invalid byte. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The text of these bytes; a byte order mark is kept as U+FEFF so that writing gives the same bytes.
     *
     * @throws CatalogueFormatException naming the byte offset, line and column of the first invalid byte
     */
    public static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            String before = out.toString();
            // lines end as CommonMark ends them: LF, CR LF or a lone CR; columns count code points
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                char c = before.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            throw new CatalogueFormatException(source, line, column, null,
                    "invalid UTF-8 at byte offset " + offset + " (byte 0x"
                            + String.format("%02X", bytes[offset] & 0xFF) + "); save the file as UTF-8", null);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The UTF-8 bytes of a text (a lone surrogate becomes '?', as in {@link String#getBytes}). */
    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
