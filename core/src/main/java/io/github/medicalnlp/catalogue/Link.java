package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Urls;
import io.github.medicalnlp.catalogue.validation.HttpUrl;
import io.github.medicalnlp.catalogue.validation.WellFormedGitHubLink;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A link of an entry: the URL and the label as written in the list, and what it points at.
 *
 * <p>The URL is kept exactly as written, even when it is malformed (lists contain half-written
 * Markdown links): reading never loses it, and validation reports it. Facts derived from the URL
 * ({@link #host()}, {@link #gitHubRepository()}, {@link #arxivId()}, {@link #huggingFaceRepository()})
 * are computed on each call and never stored.
 *
 * @param url the URL as written, without surrounding white space
 * @param label the label as written (e.g. {@code 地址}, {@code 论文地址}, {@code GitHub Link}); empty when
 *     the URL stands alone
 * @param role what the link points at
 */
@WellFormedGitHubLink
public record Link(@NotBlank @HttpUrl String url, @NotNull String label, @NotNull LinkRole role) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when {@code url} is blank
     */
    public Link {
        url = Checks.notBlank(url, "url").strip();
        label = Checks.notNull(label, "label").strip();
        Checks.notNull(role, "role");
    }

    /** An unlabelled link to an entry's own address ({@link LinkRole#HOMEPAGE}). */
    public static Link of(String url) {
        return new Link(url, "", LinkRole.HOMEPAGE);
    }

    /** An unlabelled link with this role. */
    public static Link of(String url, LinkRole role) {
        return new Link(url, "", role);
    }

    /** A labelled link with this role, e.g. {@code Link.of(url, "论文地址", LinkRole.PAPER)}. */
    public static Link of(String url, String label, LinkRole role) {
        return new Link(url, label, role);
    }

    /** The host name, lower-cased, e.g. {@code github.com}; empty when the URL has none. */
    public Optional<String> host() {
        return Urls.host(url);
    }

    /** The GitHub repository, as {@code owner/repo}, of a github.com URL. */
    public Optional<String> gitHubRepository() {
        return Urls.gitHubRepository(url);
    }

    /** The arXiv identifier, e.g. {@code 2312.12806}, of an arxiv.org URL (without version). */
    public Optional<String> arxivId() {
        return Urls.arxivId(url);
    }

    /**
     * The Hugging Face repository of a huggingface.co URL: {@code owner/name} for a model,
     * {@code datasets/owner/name} or {@code spaces/owner/name} for the other repository types.
     */
    public Optional<String> huggingFaceRepository() {
        return Urls.huggingFaceRepository(url);
    }

    /** A copy with this URL, or this link when it is the same. */
    public Link withUrl(String url) {
        return this.url.equals(url) ? this : new Link(url, label, role);
    }

    /** A copy with this label, or this link when it is the same. */
    public Link withLabel(String label) {
        return this.label.equals(label) ? this : new Link(url, label, role);
    }

    /** A copy with this role, or this link when it is the same. */
    public Link withRole(LinkRole role) {
        return this.role == role ? this : new Link(url, label, role);
    }

    /** {@code Link[paper · arxiv.org/abs/2305.01526]}: one line for people; the accessors give each part. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
