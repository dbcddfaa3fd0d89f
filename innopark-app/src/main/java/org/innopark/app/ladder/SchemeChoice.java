package org.innopark.app.ladder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.LadderAssessment;
import org.innopark.engine.ladder.Scheme;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.ladder.Verdict;

/**
 * The scheme an assessment runs: an official scheme by id (the version in force for the year, and the regional
 * variant for an enterprise's region), or one scheme version read from a rule file.
 */
public sealed interface SchemeChoice {

    /** An official scheme by id, e.g. {@code high-tech}. */
    record ById(String id) implements SchemeChoice {}

    /** A scheme version read from a file, applied as it is. */
    record FromFile(Scheme scheme) implements SchemeChoice {}

    /**
     * Reads the {@code --scheme} argument: a path to an existing {@code .yaml}/{@code .yml} file, or a scheme id
     * known to the registry.
     *
     * @throws IllegalArgumentException naming the known ids when it is neither
     */
    static SchemeChoice parse(String text, SchemeRegistry known) {
        Path path = Path.of(text);
        if (text.matches(".*\\.ya?ml") || Files.isRegularFile(path)) {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("找不到方案文件 " + text + " / no scheme file " + text);
            }
            return new FromFile(SchemeRegistry.readScheme(path));
        }
        if (known.versions(text).isEmpty()) {
            throw new IllegalArgumentException("未知方案 " + text + ",可用:" + String.join("、", known.ids())
                    + " / unknown scheme " + text + "; known: " + String.join(", ", known.ids()));
        }
        return new ById(text);
    }

    /** The verdict, or empty when the scheme has no version in force for the year. */
    default Optional<Verdict> assess(LadderAssessment assessment, EnterpriseFacts facts, int year) {
        if (this instanceof FromFile f) {
            return Optional.of(assessment.assess(f.scheme(), facts, year));
        }
        return assessment.assess(((ById) this).id(), facts, year);
    }

    /** The id to show. */
    default String id() {
        return this instanceof FromFile f ? f.scheme().id() : ((ById) this).id();
    }
}
