package io.github.medicalnlp.catalogue.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of facts from URLs as they are written in lists: never throws, even for URLs that
 * {@link java.net.URI} refuses (spaces, brackets, half-written Markdown links).
 */
public final class Urls {

    private static final Pattern AUTHORITY =
            Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@\\s]*@)?(\\[[^\\]]*]|[^/?#:\\s\\])]+)");
    private static final Pattern GITHUB_PATH =
            Pattern.compile("^/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/([A-Za-z0-9._-]+?)(?:\\.git)?(?:[/?#].*)?$");
    private static final Pattern ARXIV_NEW =
            Pattern.compile("^/(?:abs|pdf|html)/(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$");
    private static final Pattern ARXIV_OLD =
            Pattern.compile("^/(?:abs|pdf)/([a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$");
    private static final Pattern HF_PATH =
            Pattern.compile("^/(?:(datasets|spaces)/)?([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z0-9][A-Za-z0-9._-]*)(?:[/?#].*)?$");

    /** Paths directly under github.com that are not user or organisation names. */
    private static final java.util.Set<String> GITHUB_RESERVED = java.util.Set.of(
            "about", "apps", "collections", "features", "marketplace", "orgs", "settings",
            "sponsors", "topics", "trending", "users", "login", "join", "search", "explore");

    private Urls() {
    }

    /** The host, lower-cased, without port or user information; empty when there is none. */
    public static Optional<String> host(String url) {
        Matcher m = AUTHORITY.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }

    /** The path after the authority, starting with {@code /}, or empty when there is none. */
    private static String path(String url) {
        String s = url.strip();
        Matcher m = AUTHORITY.matcher(s);
        if (!m.find()) {
            return "";
        }
        int end = m.end();
        // skip an explicit port
        if (end < s.length() && s.charAt(end) == ':') {
            end++;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
        }
        return s.substring(end);
    }

    /** The GitHub {@code owner/repo} of a github.com URL, as written (case kept). */
    public static Optional<String> gitHubRepository(String url) {
        Optional<String> host = host(url);
        if (host.isEmpty() || !(host.get().equals("github.com") || host.get().equals("www.github.com"))) {
            return Optional.empty();
        }
        Matcher m = GITHUB_PATH.matcher(path(url));
        if (!m.matches() || GITHUB_RESERVED.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "/" + m.group(2));
    }

    /** The arXiv identifier (without version) of an arxiv.org abstract, PDF or HTML URL. */
    public static Optional<String> arxivId(String url) {
        Optional<String> host = host(url);
        if (host.isEmpty() || !(host.get().equals("arxiv.org") || host.get().endsWith(".arxiv.org"))) {
            return Optional.empty();
        }
        String path = path(url);
        Matcher m = ARXIV_NEW.matcher(path);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = ARXIV_OLD.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The address as a person reads it, for text search: without its scheme ({@code https://}), user information
     * ({@code user:password@}) and a leading {@code www.}; {@code https://www.github.com/x/y} gives
     * {@code github.com/x/y}. Linear in the address.
     */
    public static String withoutScheme(String url) {
        int colon = url.indexOf("://");
        int start = 0;
        if (colon > 0 && colon <= 20) {
            boolean scheme = true;
            for (int i = 0; i < colon && scheme; i++) {
                char c = url.charAt(i);
                scheme = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && (c == '+' || c == '-' || c == '.'
                        || (c >= '0' && c <= '9')));
            }
            start = scheme ? colon + 3 : 0;
        }
        int end = start; // user information (user:password@) is no word of the address
        while (end < url.length() && "/?#@".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        if (end < url.length() && url.charAt(end) == '@') {
            start = end + 1;
        }
        if (url.regionMatches(true, start, "www.", 0, 4)) {
            start += 4;
        }
        return url.substring(start);
    }

    private static final Pattern ARXIV_ID_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(?:v\\d+)?");
    private static final Pattern ARXIV_ID_OLD = Pattern.compile("([a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");

    /**
     * The arXiv identifier (without version) that a person wrote: {@code 2305.01526}, {@code 2305.01526v2},
     * {@code arXiv:2305.01526}, {@code hep-th/9901001}, or an arxiv.org address ({@code arxiv.org/abs/2305.01526},
     * with or without scheme).
     */
    public static Optional<String> arxivIdOf(String text) {
        String s = text.strip();
        if (s.regionMatches(true, 0, "arxiv:", 0, 6)) {
            s = s.substring(6).strip();
        }
        if (s.regionMatches(true, 0, "arxiv.org/", 0, 10) || s.regionMatches(true, 0, "www.arxiv.org/", 0, 14)) {
            s = "https://" + s;
        }
        if (s.indexOf("://") >= 0) {
            return arxivId(s);
        }
        Matcher m = ARXIV_ID_NEW.matcher(s);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = ARXIV_ID_OLD.matcher(s);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The Hugging Face repository id of a huggingface.co URL: {@code owner/name} for models,
     * {@code datasets/owner/name} and {@code spaces/owner/name} for the other repository types.
     */
    public static Optional<String> huggingFaceRepository(String url) {
        Optional<String> host = host(url);
        if (host.isEmpty() || !(host.get().equals("huggingface.co") || host.get().equals("www.huggingface.co")
                || host.get().equals("hf.co"))) {
            return Optional.empty();
        }
        Matcher m = HF_PATH.matcher(path(url));
        if (!m.matches()) {
            return Optional.empty();
        }
        String owner = m.group(2);
        // datasets and spaces here: a data set or Space whose name is not a repository name (non-ASCII),
        // which the pattern would otherwise read as the model "datasets/owner"
        if (m.group(1) == null && (owner.equals("docs") || owner.equals("blog") || owner.equals("papers")
                || owner.equals("models") || owner.equals("tasks") || owner.equals("learn")
                || owner.equals("datasets") || owner.equals("spaces"))) {
            return Optional.empty();
        }
        String id = owner + "/" + m.group(3);
        return Optional.of(m.group(1) == null ? id : m.group(1) + "/" + id);
    }

    /**
     * A form of the URL for comparing two addresses of the same resource: scheme and host folded,
     * {@code www.} dropped, a trailing slash, {@code .git} and the fragment removed.
     */
    public static String normalize(String url) {
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        Optional<String> host = host(s);
        if (host.isEmpty()) {
            return s;
        }
        String h = host.get().startsWith("www.") ? host.get().substring(4) : host.get();
        String p = path(s);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.endsWith(".git")) {
            p = p.substring(0, p.length() - 4);
        }
        if (h.equals("github.com")) {
            p = p.toLowerCase(Locale.ROOT);
        }
        return h + p;
    }
}
