package io.github.medicalnlp.catalogue.examples.cli;

/** A user's mistake or unreadable input: printed as one line, exit code 2, no stack trace. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message, null, false, false);
    }
}
