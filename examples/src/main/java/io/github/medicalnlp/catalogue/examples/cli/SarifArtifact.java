package io.github.medicalnlp.catalogue.examples.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a linted input is, as a SARIF {@code artifactLocation}: its {@code uri} and the base that a
 * relative one is resolved against.
 *
 * <ul>
 *   <li>A relative file name, as the user gave it, becomes a relative URI reference with each path
 *       segment percent-encoded per RFC 3986 (UTF-8 bytes, so {@code 中文.md} is
 *       {@code %E4%B8%AD%E6%96%87.md}, {@code a b#1%.md} is {@code a%20b%231%25.md}), resolved against
 *       {@value #SOURCE_ROOT}, the working directory of the run.</li>
 *   <li>An absolute file name becomes a {@code file:} URI.</li>
 *   <li>Standard input and the bundled catalogue are not files: their {@code uri} is the name the text
 *       format prints for them ({@value Inputs#STDIN}, {@value Inputs#BUNDLED}) percent-encoded, without a
 *       base, and a description says what they are.</li>
 * </ul>
 *
 * @param name the input's name in the text format, e.g. {@code lists/README.md} or {@code <stdin>}
 * @param uri the URI reference
 * @param uriBaseId {@value #SOURCE_ROOT} for a relative file name, else null
 * @param description what the input is when it is not a file, else null
 */
record SarifArtifact(String name, String uri, String uriBaseId, String description) {

    /** The base of relative file names: the directory the tool ran in, the root GitHub code scanning expects. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    /** Characters a path segment may hold as they are (RFC 3986 pchar, less ':' so no segment looks like a scheme). */
    private static final String SEGMENT_SAFE = "-._~!$&'()*+,;=@";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The artifact of an input, by its name in the findings.
     *
     * @throws java.nio.file.InvalidPathException when a file name is not a path here (the reader has
     *     already read it, so it is)
     */
    static SarifArtifact of(String name) {
        if (name.equals(Inputs.STDIN)) {
            return new SarifArtifact(name, encodePath(name), null, "standard input");
        }
        if (name.equals(Inputs.BUNDLED)) {
            return new SarifArtifact(name, encodePath(name), null, "the catalogue bundled with the tool");
        }
        Path path = Path.of(name);
        if (path.isAbsolute()) {
            return new SarifArtifact(name, path.toUri().toASCIIString(), null, null);
        }
        return new SarifArtifact(name, encodePath(name), SOURCE_ROOT, null);
    }

    /** The working directory as an absolute {@code file:} URI ending in '/', the value of {@value #SOURCE_ROOT}. */
    static String sourceRoot() {
        String uri = Path.of("").toAbsolutePath().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * A relative file name as a URI path: its segments (split at '/', and at the platform's separator)
     * percent-encoded, joined with '/'.
     */
    static String encodePath(String name) {
        StringBuilder out = new StringBuilder(name.length() + 16);
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '/' || c == File.separatorChar) {
                out.append('/');
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || SEGMENT_SAFE.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
