package org.innopark.app.talent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.innopark.engine.rules.RuleNode;
import org.innopark.engine.talent.RequestTypes;
import org.innopark.engine.talent.TalentProgrammes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule files in force for each park: the built-in talent programmes with {@code <innopark.talent.dir>/<PARK>/
 * programmes.yaml} added when the park has one, and {@code <innopark.talent.dir>/<PARK>/service-requests.yaml} in
 * place of the built-in request types when it has one. Read once per park; a bad file fails with its file and line.
 */
@Component
public class TalentRules {

    private final Path dir;
    private final TalentProgrammes official = TalentProgrammes.official();
    private final RequestTypes officialTypes = RequestTypes.official();
    private final Map<String, TalentProgrammes> programmes = new ConcurrentHashMap<>();
    private final Map<String, RequestTypes> types = new ConcurrentHashMap<>();

    TalentRules(@Value("${innopark.talent.dir:}") String dir) {
        this.dir = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public TalentProgrammes programmes(String park) {
        return programmes.computeIfAbsent(park, p -> {
            Path file = file(p, "programmes.yaml");
            return file == null ? official : official.with(RuleNode.parse(file));
        });
    }

    public RequestTypes requestTypes(String park) {
        return types.computeIfAbsent(park, p -> {
            Path file = file(p, "service-requests.yaml");
            return file == null ? officialTypes : RequestTypes.read(RuleNode.parse(file));
        });
    }

    private Path file(String park, String name) {
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(park).resolve(name);
        return Files.isRegularFile(file) ? file : null;
    }
}
