package org.innopark.app.bulletin;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.innopark.engine.bulletin.FactKind;
import org.innopark.engine.bulletin.Qualifier;
import org.innopark.engine.bulletin.QuantFact;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gold set: a folder with the annotated documents (.txt, .html, .docx; other files such as a README are left
 * alone) and {@code facts.jsonl}, one annotated fact a line with
 * the keys doc, subject, metric, value, unit, period, kind, quote and optionally qualifier and note.
 */
public final class GoldFacts {

    /** The annotated facts and the documents' texts by file name. */
    public record Set(List<QuantFact> facts, Map<String, String> texts) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldFacts() {}

    public static Set read(Path dir) {
        Path facts = dir.resolve("facts.jsonl");
        if (!Files.isRegularFile(facts)) {
            throw new BulletinInputException(dir + ": no facts.jsonl; a gold folder holds the .txt documents and"
                    + " facts.jsonl / 标注目录中缺少 facts.jsonl");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                boolean document = lower.endsWith(".txt")
                        || lower.endsWith(".html")
                        || lower.endsWith(".htm")
                        || lower.endsWith(".docx");
                if (document && Files.isRegularFile(p) && !name.startsWith(".")) {
                    texts.put(name, BulletinFiles.read(p).text());
                }
            }
        } catch (IOException e) {
            throw new BulletinInputException(dir + ": cannot be listed / 无法读取目录 (" + e.getMessage() + ")", e);
        }
        List<QuantFact> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(facts, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BulletinInputException(facts + ": cannot be read / 无法读取 (" + e.getMessage() + ")", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = facts.getFileName() + ":" + (i + 1);
            try {
                JsonNode n = JSON.readTree(line);
                String doc = text(n, "doc", where, true);
                if (!texts.containsKey(doc)) {
                    throw new BulletinInputException(where + ": document '" + doc + "' is not in the folder / 文档不在目录中");
                }
                JsonNode value = n.get("value");
                if (value == null || !value.isNumber()) {
                    throw new BulletinInputException(where + ": 'value' must be a number / value 应为数字");
                }
                FactKind kind;
                try {
                    kind = FactKind.valueOf(text(n, "kind", where, true).toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new BulletinInputException(where + ": 'kind' is one of count, amount, area, ratio, growth,"
                            + " rank, other / kind 取值有误");
                }
                Qualifier q;
                try {
                    q = Qualifier.ofKey(text(n, "qualifier", where, false));
                } catch (IllegalArgumentException e) {
                    throw new BulletinInputException(where + ": " + e.getMessage());
                }
                out.add(new QuantFact(
                        doc,
                        text(n, "subject", where, false),
                        text(n, "metric", where, false),
                        null,
                        new BigDecimal(value.asString()),
                        text(n, "unit", where, true),
                        text(n, "period", where, false),
                        kind,
                        q,
                        text(n, "quote", where, true),
                        -1,
                        -1));
            } catch (JacksonException e) {
                throw new BulletinInputException(
                        where + ": not valid JSON / JSON 格式错误 (" + e.getOriginalMessage() + ")", e);
            }
        }
        return new Set(out, texts);
    }

    private static String text(JsonNode n, String key, String where, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BulletinInputException(where + ": '" + key + "' is missing / 缺少 " + key);
            }
            return null;
        }
        return v.asString();
    }
}
