package io.github.medicalnlp.catalogue.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first failure. The writers above it ({@link java.io.PrintWriter})
 * swallow errors, so without this a full disk or {@code > /dev/full} would end in exit 0 with the output
 * cut short; with it the tool reports the failure and exits non-zero. After a failure, nothing more is
 * written.
 */
final class CheckedOutput extends FilterOutputStream {

    private IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    /** The first failure to write or flush, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
