package org.innopark.app.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over an uploaded file tells: its SHA-256, its format (from its first bytes, not its name), and for
 * text files whether it is valid UTF-8 (else it is read as GB18030, the superset of GBK that Excel writes on
 * Chinese Windows) and whether it starts with a byte-order mark.
 */
record SourceFile(Path path, String sha256, Format format, boolean utf8, boolean bom) {

    enum Format {
        XLSX,
        /** The old binary Excel format, which must be saved as .xlsx first. */
        XLS,
        CSV
    }

    static SourceFile scan(Path path) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Utf8Check utf8 = new Utf8Check();
        byte[] head = new byte[4];
        int headLength = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                for (int i = 0; i < n && headLength < 4; i++) {
                    head[headLength++] = buffer[i];
                }
                utf8.feed(buffer, n);
            }
        }
        Format format = headLength >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                ? Format.XLSX
                : headLength >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                        ? Format.XLS
                        : Format.CSV;
        boolean bom =
                headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        return new SourceFile(path, HexFormat.of().formatHex(sha.digest()), format, utf8.finish(), bom);
    }

    /** Decodes strictly as UTF-8, chunk by chunk; any malformed or unmappable byte sequence makes it false. */
    static final class Utf8Check {

        private final CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer out = CharBuffer.allocate(1 << 16);
        private ByteBuffer carry = ByteBuffer.allocate(0);
        private boolean valid = true;

        void feed(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            ByteBuffer in = ByteBuffer.allocate(carry.remaining() + length);
            in.put(carry).put(bytes, 0, length).flip();
            decode(in, false);
            carry = in.slice();
        }

        boolean finish() {
            if (valid) {
                decode(carry, true);
            }
            return valid;
        }

        private void decode(ByteBuffer in, boolean end) {
            while (true) {
                CoderResult r = decoder.decode(in, out, end);
                out.clear();
                if (r.isError()) {
                    valid = false;
                    return;
                }
                if (r.isUnderflow()) {
                    return;
                }
            }
        }

        /** Whether the bytes are valid UTF-8. */
        static boolean isUtf8(byte[] bytes) {
            Utf8Check check = new Utf8Check();
            check.feed(bytes, bytes.length);
            return check.finish();
        }
    }
}
