package io.github.medicalnlp.catalogue.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** File errors as the end of a one-line message, with the reason: what is missing, or whose mode denies what. */
final class IoErrors {

    private IoErrors() {
    }

    /** Why {@code file} could not be read. */
    static String reading(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: reading needs read permission on the file and search (x) permission on"
                    + " every directory above it; " + describe(file) + "; " + describeParent(file) + user();
        }
        return "cannot read: " + reason(e);
    }

    /** Why {@code file} could not be written (through a temporary file in its directory). */
    static String writing(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            Path dir = file.toAbsolutePath().getParent();
            return "cannot write: " + (dir != null && !Files.isDirectory(dir) ? "the directory " + dir + " does not exist"
                    : "no such file or directory: " + reason(e));
        }
        if (e instanceof AccessDeniedException) {
            return "cannot write: permission denied: writing creates a temporary file in the directory and renames it"
                    + " over the file, which needs write and search (wx) permission on the directory; "
                    + describeParent(file) + user();
        }
        return "cannot write: " + reason(e);
    }

    /** The operating system's reason without the file name Java puts in front of it. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@code the directory /x is mode rwxr-xr-x, owner root, group root}. */
    static String describeParent(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null ? "no directory" : "the directory " + mode(dir);
    }

    private static String describe(Path file) {
        return "the file " + mode(file);
    }

    private static String mode(Path p) {
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class);
            return p + " is mode " + PosixFilePermissions.toString(a.permissions()) + ", owner " + a.owner().getName()
                    + ", group " + a.group().getName();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return p + " cannot be examined either (" + (e instanceof IOException io ? reason(io) : e.getMessage()) + ")";
        }
    }

    private static String user() {
        return "; this runs as user " + System.getProperty("user.name")
                + " (when the modes allow it, an ACL, a security module or the mount denies it)";
    }
}
