package org.innopark.app.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.innopark.engine.pipeline.StageScheme;
import org.innopark.engine.pipeline.StageSchemes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stage file in force for each park: {@code <innopark.pipeline.dir>/<PARK>.yaml} when the park has one (read
 * once, at first use), else the shipped stages.
 */
@Component
public class PipelineStages {

    private final StageScheme shipped = StageSchemes.shipped();
    private final Path dir;
    private final Map<String, StageScheme> byPark = new ConcurrentHashMap<>();

    PipelineStages(@Value("${innopark.pipeline.dir:}") String dir) {
        this.dir = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public StageScheme of(String park) {
        return byPark.computeIfAbsent(park, p -> {
            if (dir != null) {
                Path file = dir.resolve(p + ".yaml");
                if (Files.isRegularFile(file)) {
                    return StageSchemes.park(file);
                }
            }
            return shipped;
        });
    }
}
