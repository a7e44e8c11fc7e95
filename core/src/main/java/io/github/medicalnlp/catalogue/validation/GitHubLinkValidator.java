package io.github.medicalnlp.catalogue.validation;

import io.github.medicalnlp.catalogue.Link;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@link WellFormedGitHubLink}. Stateless. */
public final class GitHubLinkValidator implements ConstraintValidator<WellFormedGitHubLink, Link> {

    private static final Pattern GITHUB = Pattern.compile("^https?://(?:www\\.)?github\\.com(/[^?#]*)?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_REPO = Pattern.compile(
            "^/?$|^/[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/(?:[A-Za-z0-9._-]+(?:/.*)?)?)?$");

    /** Creates the validator (called by the Bean Validation provider). */
    public GitHubLinkValidator() {
    }

    @Override
    public boolean isValid(Link link, ConstraintValidatorContext context) {
        if (link == null) {
            return true;
        }
        Matcher m = GITHUB.matcher(link.url());
        if (!m.matches()) {
            return true; // not a github.com link
        }
        String path = m.group(1) == null ? "" : m.group(1);
        return OWNER_REPO.matcher(path).matches();
    }
}
