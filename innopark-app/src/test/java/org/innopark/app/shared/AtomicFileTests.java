package org.innopark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTests {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "old");
        assertThatThrownBy(() -> AtomicFile.write(out, o -> {
                    o.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(Files.readString(out)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void theFileHandedOutIsReadableLikeAnyOther() throws IOException {
        Path out = dir.resolve("new.csv");
        AtomicFile.write(out, o -> o.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("a,b\n");
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                    .isEqualTo("rw-r--r--");
        }
    }
}
