package io.github.medicalnlp.catalogue.markdown.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown inputs in the style of the seed, made deterministically: the seed itself (28 KB), and the
 * seed's sections 1 to 10 repeated, renumbered, to about 1 MB and 10 MB.
 */
public final class SeedStyle {

    private static final Pattern NUMBERED_HEADING = Pattern.compile("(?m)^(#{2,4} )(\\d+)");

    private SeedStyle() {
    }

    /** The seed README. */
    public static String seed() {
        try (InputStream in = SeedStyle.class.getResourceAsStream("/corpus/medical-nlp-2024-11-14.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "seed", "1mb" or "10mb". */
    public static String of(String size) {
        return switch (size) {
            case "seed" -> seed();
            case "1mb" -> generate(1 << 20);
            case "10mb" -> generate(10 << 20);
            default -> throw new IllegalArgumentException(size);
        };
    }

    /** At least {@code bytes} UTF-8 bytes of seed-style Markdown. */
    public static String generate(int bytes) {
        String seed = seed();
        int bodyStart = seed.indexOf("## 1. 评测");
        int bodyEnd = seed.indexOf("## 11. reference");
        String prelude = seed.substring(0, bodyStart);
        String body = seed.substring(bodyStart, bodyEnd);
        String tail = seed.substring(bodyEnd);
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        int preludeBytes = prelude.getBytes(StandardCharsets.UTF_8).length;
        int copies = Math.max(1, (bytes - preludeBytes + bodyBytes - 1) / bodyBytes);
        StringBuilder out = new StringBuilder(bytes + body.length()).append(prelude);
        int copy = 0;
        for (; copy < copies; copy++) {
            int offset = copy * 10;
            Matcher m = NUMBERED_HEADING.matcher(body);
            StringBuilder renumbered = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(renumbered, m.group(1) + (Integer.parseInt(m.group(2)) + offset));
            }
            m.appendTail(renumbered);
            out.append(renumbered);
        }
        return out.append(tail.replace("## 11.", "## " + (copy * 10 + 1) + ".")).toString();
    }
}
