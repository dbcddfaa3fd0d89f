package org.innopark.engine.talent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.engine.registry.Level;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 人才计划: the talent programmes a park counts, each with its level (国家级, 省级, 市级, 区县级), issuer, the other
 * names it is written under, source and confidence. The built-in file holds national and a few provincial and
 * municipal programmes; a park's own file (same format, {@code base: innopark-talent-programmes}) adds its own or
 * replaces one by its code. Errors name the file, the line and what is valid.
 */
public final class TalentProgrammes {

    public static final String OFFICIAL = "org/innopark/engine/talent/programmes.yaml";

    private static final RuleFileHeader.Kind KIND = new RuleFileHeader.Kind(true, false, Confidence.PARTIAL);

    /** One programme. */
    public record Programme(
            String code,
            String name,
            Level level,
            String issuer,
            List<String> aliases,
            Confidence confidence,
            String source) {

        /** Whether the text names this programme (its name or an alias, ignoring 《》 and quotes). */
        boolean names(String text) {
            String t = fold(text);
            if (fold(name).equals(t)) {
                return true;
            }
            for (String a : aliases) {
                if (fold(a).equals(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final RuleFileHeader header;
    private final List<RuleFileHeader> added;
    private final Map<String, Programme> programmes;

    private TalentProgrammes(RuleFileHeader header, List<RuleFileHeader> added, Map<String, Programme> programmes) {
        this.header = header;
        this.added = List.copyOf(added);
        this.programmes = programmes;
    }

    public static TalentProgrammes official() {
        return read(RuleNode.parseResource(TalentProgrammes.class.getClassLoader(), OFFICIAL));
    }

    /** Reads a file that stands alone. */
    public static TalentProgrammes read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("programmes"));
        RuleFileHeader header = RuleFileHeader.read(root, KIND);
        Map<String, Programme> map = new LinkedHashMap<>();
        readProgrammes(root, header, map);
        return new TalentProgrammes(header, List.of(), map);
    }

    /** These programmes with a park's file added: its programmes join the list, one with a known code replaces it. */
    public TalentProgrammes with(RuleNode parkFile) {
        parkFile.allowOnly(RuleFileHeader.keysAnd("base", "programmes"));
        String base = parkFile.require("base").text().strip();
        if (!base.equals(header.id())) {
            throw parkFile.require("base").error("base must be " + header.id() + ", got " + base);
        }
        RuleFileHeader h = RuleFileHeader.readDerived(parkFile, header, Confidence.UNCONFIRMED);
        Map<String, Programme> map = new LinkedHashMap<>(programmes);
        readProgrammes(parkFile, h, map);
        List<RuleFileHeader> more = new ArrayList<>(added);
        more.add(h);
        return new TalentProgrammes(header, more, map);
    }

    private static void readProgrammes(RuleNode root, RuleFileHeader header, Map<String, Programme> into) {
        Set<String> keys = Set.of("code", "name", "level", "issuer", "aliases", "confidence", "source");
        Map<String, Programme> seen = new LinkedHashMap<>();
        for (RuleNode n : root.require("programmes").items()) {
            n.allowOnly(keys);
            String code = n.require("code").text().strip();
            if (!code.matches("[a-z0-9][a-z0-9-]*")) {
                throw n.require("code").error("a code is lower-case letters, digits and '-', got '" + code + "'");
            }
            if (seen.containsKey(code)) {
                throw n.require("code").error("the code " + code + " appears twice in the file");
            }
            RuleNode levelNode = n.require("level");
            Level level = readLevel(levelNode);
            List<String> aliases = n.get("aliases")
                    .map(a -> a.items().stream().map(i -> i.text().strip()).toList())
                    .orElse(List.of());
            Programme p = new Programme(
                    code,
                    n.require("name").text().strip(),
                    level,
                    n.text("issuer", "").strip(),
                    aliases,
                    Confidence.read(n, header.confidence()),
                    n.get("source").map(s -> s.text().strip()).orElse(header.source()));
            seen.put(code, p);
        }
        into.putAll(seen);
    }

    private static Level readLevel(RuleNode n) {
        String t = n.text().strip();
        for (Level l : Level.values()) {
            if (l.name().equalsIgnoreCase(t) || l.zh().equals(t)) {
                return l;
            }
        }
        throw n.error("'" + t + "' is not a level: write 国家级, 省级, 市级 or 区县级 (NATIONAL, PROVINCIAL, MUNICIPAL,"
                + " DISTRICT)");
    }

    public RuleFileHeader header() {
        return header;
    }

    /** The headers of the park files added, in order. */
    public List<RuleFileHeader> added() {
        return added;
    }

    public List<Programme> programmes() {
        return List.copyOf(programmes.values());
    }

    public Optional<Programme> byCode(String code) {
        return Optional.ofNullable(programmes.get(code));
    }

    /** The programme a registry entry's text names (its name or an alias); empty when the file does not know it. */
    public Optional<Programme> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Programme p : programmes.values()) {
            if (p.names(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String fold(String text) {
        return text.strip().replaceAll("[《》〈〉\"“”'‘’「」\\s]", "");
    }
}
