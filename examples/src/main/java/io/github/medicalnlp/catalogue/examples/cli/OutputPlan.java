package io.github.medicalnlp.catalogue.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each input of {@code convert} goes, decided and checked before anything is read or written:
 * every output against every input (by file identity, so that a link, a second name or standard input
 * redirected from the file counts as that file) and against every other output. One problem and
 * nothing is written.
 */
final class OutputPlan {

    /** One input and the file its output goes to (null: standard output). */
    record Job(String input, Path target) {
    }

    final List<Job> jobs = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    /** The directory to create before writing, or null. */
    Path createDirectory;

    /**
     * Plans the outputs.
     *
     * @param inputs the inputs as given ({@code -} for standard input)
     * @param output {@code -o} as given, or null for standard output
     * @param stdinFile the regular file standard input reads, or null
     */
    static OutputPlan of(List<String> inputs, String output, Format to, boolean overwrite, Path stdinFile) {
        OutputPlan plan = new OutputPlan();
        if (output == null) {
            inputs.forEach(i -> plan.jobs.add(new Job(i, null)));
            return plan;
        }
        Path out;
        try {
            out = Path.of(output);
        } catch (InvalidPathException e) {
            plan.problems.add(output + ": not a file name: " + e.getReason());
            return plan;
        }
        boolean directory = inputs.size() > 1 || output.endsWith("/") || output.endsWith(File.separator)
                || Files.isDirectory(out);
        if (directory && Files.exists(out) && !Files.isDirectory(out)) {
            plan.problems.add(output + ": not a directory; with several inputs, -o names a directory");
            return plan;
        }
        if (directory && !Files.isDirectory(out)) {
            plan.createDirectory = out;
        }
        Map<Object, Integer> inputKeys = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Object key = inputs.get(i).equals("-") ? (stdinFile == null ? null : key(stdinFile)) : key(inputs.get(i));
            if (key != null) {
                inputKeys.putIfAbsent(key, i);
            }
        }
        Map<Object, Integer> targetKeys = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            Path target = directory ? out.resolve(baseName(input) + "." + to.extension) : out;
            plan.jobs.add(new Job(input, target));
            String kind = kindProblem(target);
            if (kind != null) {
                plan.problems.add(target + ": " + kind);
                continue;
            }
            Object key = key(target.toString());
            Integer earlier = targetKeys.putIfAbsent(key, i);
            if (earlier != null) {
                plan.problems.add(target + ": both " + inputs.get(earlier) + " and " + input
                        + " would be written here; convert them one at a time, each with its own -o");
                continue;
            }
            Integer read = inputKeys.get(key);
            if (read != null && read == i && !overwrite) {
                plan.problems.add(target + ": would overwrite its input " + name(input)
                        + "; give --overwrite to allow it");
            } else if (read != null && read != i) {
                plan.problems.add(target + ": the output of " + name(input) + " would overwrite another input, "
                        + name(inputs.get(read)) + "; write it elsewhere");
            }
        }
        return plan;
    }

    private static String name(String input) {
        return input.equals("-") ? "(standard input)" : input;
    }

    /** Why a file cannot be a target, or null: it is a directory, a device, a pipe, a socket or a dangling link. */
    private static String kindProblem(Path target) {
        try {
            BasicFileAttributes own = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isSymbolicLink() && !Files.exists(target)) {
                return "a symbolic link to " + Files.readSymbolicLink(target) + ", which does not exist;"
                        + " not writing through it";
            }
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            if (a.isDirectory()) {
                return "a directory, not a file";
            }
            return a.isRegularFile() ? null : "not a regular file (a device, pipe or socket); refusing to replace it;"
                    + " without -o the output goes to standard output";
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return IoErrors.reason(e);
        }
    }

    /**
     * What makes two names the same file: the file's identity (device and inode) when it exists, else
     * its absolute path with the existing part resolved to its real path.
     */
    static Object key(String name) {
        try {
            return key(Path.of(name));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static Object key(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : path.toRealPath();
        } catch (IOException e) {
            // not there (yet): the real path of the part that exists, and the rest
            Path abs = path.toAbsolutePath().normalize();
            Path existing = abs;
            while (existing.getParent() != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            try {
                return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
            } catch (IOException again) {
                return abs;
            }
        }
    }

    /** The name of an input without its last extension ({@code stdin} for standard input). */
    static String baseName(String input) {
        if (input.equals("-")) {
            return "stdin";
        }
        Path name;
        try {
            name = Path.of(input).getFileName();
        } catch (InvalidPathException e) {
            name = null;
        }
        String s = name == null ? "output" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
