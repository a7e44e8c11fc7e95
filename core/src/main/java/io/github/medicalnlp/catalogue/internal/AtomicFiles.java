package io.github.medicalnlp.catalogue.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writing a file so that an interrupted write never leaves it half-written: the bytes go to a temporary
 * file beside the target, named {@code .<name>.medical-nlp-<random>.tmp}, which is then renamed over it.
 *
 * <ul>
 *   <li>A symbolic link is followed to the file it names, and that file is replaced (the link stays); a
 *       link to nothing, a directory, a device, a pipe or a socket is refused with a
 *       {@link FileSystemException}.</li>
 *   <li>A new file gets the permissions any new file gets under the process's umask (the temporary file
 *       is created without explicit permissions); a replaced file keeps its permissions, and its owner
 *       and group where the process may set them.</li>
 *   <li>Temporary files of this pattern older than {@link #STALE_AFTER} (left by a killed process) are
 *       removed from the target's directory when a file is next written there.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** What every temporary file name holds between the target's name and the random part. */
    public static final String TEMP_MARK = ".medical-nlp-";
    /** The end of every temporary file name. */
    public static final String TEMP_SUFFIX = ".tmp";
    /** The age after which a temporary file is taken for one left by a killed process. */
    public static final Duration STALE_AFTER = Duration.ofHours(1);

    private static final int RANDOM_LENGTH = 12;
    private static final int NAME_KEPT = 100;
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RECLEAN_MILLIS = Duration.ofMinutes(10).toMillis();
    /** Directories cleaned by this process, and when; so that many writes to one directory list it once. */
    private static final Map<Path, Long> CLEANED = new ConcurrentHashMap<>();

    private AtomicFiles() {
    }

    /**
     * Writes the bytes to a temporary file beside {@code file} (or beside the file a symbolic link
     * {@code file} names), forces them to the disk, then renames it into place (atomically where the file
     * system allows).
     *
     * @throws FileSystemException when the target is not a regular file or a link to one
     * @throws IOException when writing or moving fails; the temporary file is removed
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = target(file);
        Path dir = target.getParent();
        cleanStaleOnce(dir);
        Path tmp = null;
        boolean moved = false;
        try (Created created = create(dir, target.getFileName().toString())) {
            tmp = created.path;
            keepAttributes(target, tmp);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                created.channel.write(buffer);
            }
            created.channel.force(true);
            created.close();
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (tmp != null && !moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The file a write to {@code file} replaces, as an absolute path: {@code file} itself, or the file a
     * symbolic link there names (followed through every link).
     *
     * @throws FileSystemException when that is a directory, a device, a pipe or a socket, or
     *     {@code file} is a symbolic link to nothing
     * @throws IOException when the file's attributes cannot be read
     */
    public static Path target(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return path;
        }
        if (own.isSymbolicLink()) {
            if (!Files.exists(path)) {
                throw new FileSystemException(file.toString(), null,
                        "a symbolic link to " + Files.readSymbolicLink(path) + ", which does not exist; not writing through it");
            }
            path = path.toRealPath();
            own = Files.readAttributes(path, BasicFileAttributes.class);
        }
        if (own.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "a directory, not a file");
        }
        if (!own.isRegularFile()) {
            throw new FileSystemException(file.toString(), null,
                    "not a regular file (a device, pipe or socket); refusing to replace it");
        }
        return path;
    }

    /**
     * Whether a file name is one of the temporary names this class gives:
     * {@code .<name>.medical-nlp-<12 of [0-9a-z]>.tmp}.
     */
    public static boolean isTemporaryName(String name) {
        int random = name.length() - TEMP_SUFFIX.length() - RANDOM_LENGTH;
        int mark = random - TEMP_MARK.length();
        if (mark < 1 || !name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)
                || !name.startsWith(TEMP_MARK, mark)) {
            return false;
        }
        for (int i = random; i < random + RANDOM_LENGTH; i++) {
            if (DIGITS.indexOf(name.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes the regular files in {@code dir} that have a {@linkplain #isTemporaryName temporary name}
     * and were last modified more than {@link #STALE_AFTER} ago. Failures are ignored: cleaning is a
     * courtesy, never a reason for a write to fail.
     *
     * @return how many files were removed
     */
    public static int cleanStale(Path dir) {
        long before = System.currentTimeMillis() - STALE_AFTER.toMillis();
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                if (isTemporaryName(p.getFileName().toString()) && removeIfStale(p, before)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            return removed;
        }
        return removed;
    }

    private static boolean removeIfStale(Path p, long before) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.lastModifiedTime().toMillis() < before && Files.deleteIfExists(p);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static void cleanStaleOnce(Path dir) {
        long now = System.currentTimeMillis();
        Long last = CLEANED.get(dir);
        if (last != null && now - last < RECLEAN_MILLIS) {
            return;
        }
        if (CLEANED.size() > 1000) {
            CLEANED.clear();
        }
        CLEANED.put(dir, now);
        cleanStale(dir);
    }

    /** A new, empty temporary file, open for writing. */
    private record Created(Path path, FileChannel channel) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static Created create(Path dir, String name) throws IOException {
        String kept = name.length() <= NAME_KEPT ? name
                : name.substring(0, Character.isHighSurrogate(name.charAt(NAME_KEPT - 1)) ? NAME_KEPT - 1 : NAME_KEPT);
        for (int attempt = 0; ; attempt++) {
            StringBuilder random = new StringBuilder(RANDOM_LENGTH);
            for (int i = 0; i < RANDOM_LENGTH; i++) {
                random.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
            }
            Path tmp = dir.resolve("." + kept + TEMP_MARK + random + TEMP_SUFFIX);
            try {
                // no file attributes: the file gets the mode any new file gets under the umask
                return new Created(tmp, FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** Gives the temporary file the permissions (and, where allowed, owner and group) of the file it replaces. */
    private static void keepAttributes(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes old;
        try {
            old = Files.readAttributes(target, PosixFileAttributes.class);
        } catch (NoSuchFileException e) {
            return;
        }
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only a privileged process may give a file away; the file is then the writer's, as with cp
        }
        view.setPermissions(old.permissions());
    }
}
