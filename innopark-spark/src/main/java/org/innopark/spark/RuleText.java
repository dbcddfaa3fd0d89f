package org.innopark.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rule file as the executors receive it: a built-in id, or the text of a YAML file read once on the driver (an
 * executor has no access to the driver's files). Each executor parses it with the engine's own loader.
 *
 * @param id the built-in id, or null
 * @param fileName the file's name for error messages (file:line), or null
 * @param text the file's text, or null
 */
public record RuleText(String id, String fileName, String text) implements Serializable {

    /** A built-in id, or a path to a YAML file (anything that names a readable file or ends in .yaml/.yml). */
    public static RuleText of(String idOrFile, String defaultId) {
        String v = idOrFile == null || idOrFile.isBlank() ? defaultId : idOrFile.strip();
        Path p = Path.of(v);
        if (Files.isRegularFile(p) || v.endsWith(".yaml") || v.endsWith(".yml")) {
            try {
                return new RuleText(null, p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + v + " / 无法读取规则文件", e);
            }
        }
        return new RuleText(v, null, null);
    }
}
