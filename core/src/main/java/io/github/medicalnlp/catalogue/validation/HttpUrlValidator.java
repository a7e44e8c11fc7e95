package io.github.medicalnlp.catalogue.validation;

import io.github.medicalnlp.catalogue.internal.ModelRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link HttpUrl}. Stateless. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public HttpUrlValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || ModelRules.problem(value).isEmpty();
    }
}
