package org.innopark.app.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The directory of the embedded H2 database, and whether the database can be written there: the directory exists
 * (or can be created), a file can be created in it, and its file system has room. A read-only or full directory
 * would otherwise let the application start and then fail every login.
 */
public final class DataDirectory {

    /** Free space below which the directory counts as full: H2 needs room to write its pages and its log. */
    public static final long DEFAULT_MIN_FREE_BYTES = 64L * 1024 * 1024;

    private static final String H2_FILE = "jdbc:h2:file:";

    private DataDirectory() {}

    /** The directory of an H2 file database URL; empty for any other database (PostgreSQL, in-memory H2). */
    public static Optional<Path> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String file = jdbcUrl.substring(H2_FILE.length());
        int options = file.indexOf(';');
        if (options >= 0) {
            file = file.substring(0, options);
        }
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    /** Thrown when the database could not be written in the directory: the message says why and what to do. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Checks that the database can be written in the directory.
     *
     * @return empty when it can, else the problem, in both languages
     */
    public static Optional<String> problem(Path dir, long minFreeBytes) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Optional.of("无法创建数据目录 " + dir + " / cannot create the data directory " + dir + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            Path probe = Files.createTempFile(dir, ".innopark-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            return Optional.of("数据目录 " + dir + " 不可写(只读?) / the data directory " + dir
                    + " is not writable (read-only?): give the application's user write access, or choose another"
                    + " directory with --data-dir");
        }
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < minFreeBytes) {
                return Optional.of("数据目录 " + dir + " 所在磁盘已满(可用" + mib(free) + ",至少需要" + mib(minFreeBytes)
                        + ") / the disk of the data directory " + dir + " is full (" + mib(free) + " free, at least "
                        + mib(minFreeBytes) + " needed): free some space");
            }
        } catch (IOException e) {
            return Optional.of("无法读取数据目录 " + dir + " 的可用空间 / cannot read the free space of the data directory " + dir);
        }
        return Optional.empty();
    }

    private static String mib(long bytes) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(bytes / (1024 * 1024)) + " MiB";
    }

    /** Throws {@link Unusable} when the database cannot be written in the directory. */
    public static void require(Path dir, long minFreeBytes) {
        problem(dir, minFreeBytes).ifPresent(p -> {
            throw new Unusable("InnoPark 无法启动 / InnoPark cannot start: " + p);
        });
    }
}
