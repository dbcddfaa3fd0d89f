package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled sample is well formed (see its README): labels name nodes of the shipped chains, publication
 * numbers are unique across the parts, IPC symbols parse, and part 4 covers each of its six chains.
 */
class PatentSampleIntegrityTests {

    static final Set<String> PART4_CHAINS = Set.of(
            "biomedicine",
            "cosmetics-hyaluronic",
            "integrated-circuits",
            "medical-devices",
            "new-materials",
            "rail-transit");

    private static final ChainLibrary LIBRARY = ChainLibrary.builtIn();
    private static final Pattern NUMBER = Pattern.compile("CN11990\\d{4}A");

    @Test
    void everyLabelNamesAMappableNodeOfAShippedChain() {
        assertThat(labelProblems(everyRow())).isEmpty();
    }

    @Test
    void aLabelOnNoNodeOrOnAStageIsReported() {
        PatentSample.Row good = row("CN119909991A", "biomedicine/tcm");
        PatentSample.Row bad = row("CN119909992A", "biomedicine/no-such-node;no-chain/x;rail-transit/rail-up;tcm");
        assertThat(labelProblems(List.of(good))).isEmpty();
        assertThat(labelProblems(List.of(bad)))
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("biomedicine/no-such-node"))
                .anySatisfy(p -> assertThat(p).contains("no-chain/x"))
                .anySatisfy(p -> assertThat(p).contains("rail-transit/rail-up"))
                .anySatisfy(p -> assertThat(p).contains("'tcm'"));
    }

    @Test
    void publicationNumbersAreUniqueAcrossAllPartsAndPart4ContinuesTheSeries() {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (PatentSample.Row r : everyRow()) {
            assertThat(r.column(0)).as(where(r)).matches(NUMBER);
            String first = seen.putIfAbsent(r.column(0), where(r));
            if (first != null) {
                duplicates.add(r.column(0) + " at " + first + " and " + where(r));
            }
        }
        assertThat(duplicates).isEmpty();
        String lastOfParts1To3 = rows(PatentSample.FILES).stream()
                .map(r -> r.column(0))
                .max(String::compareTo)
                .orElseThrow();
        assertThat(rows(PatentSample.PART4))
                .allSatisfy(r -> assertThat(r.column(0)).as(where(r)).isGreaterThan(lastOfParts1To3));
    }

    @Test
    void ipcSymbolsParseAndAreWrittenAsTheEngineWritesThem() {
        for (PatentSample.Row r : everyRow()) {
            String[] symbols = r.column(2).split(";");
            assertThat(symbols).as(where(r)).hasSizeBetween(1, 3);
            for (String s : symbols) {
                assertThat(IpcSymbol.parse(s)).as(where(r)).hasToString(s);
            }
        }
    }

    @Test
    void part4HoldsThirtyPatentsPerChainOnEveryNodeAndFortyNearMisses() {
        List<TaggingEvaluation.Labelled> part4 = PatentSample.part4();
        assertThat(part4).hasSizeGreaterThanOrEqualTo(220);
        Map<String, Integer> perChain = new TreeMap<>();
        Set<String> nodesLabelled = new LinkedHashSet<>();
        int nearMisses = 0;
        int onTwoNodes = 0;
        for (TaggingEvaluation.Labelled l : part4) {
            nearMisses += l.labels().isEmpty() ? 1 : 0;
            onTwoNodes += l.labels().size() > 1 ? 1 : 0;
            nodesLabelled.addAll(l.labels());
            l.labels().stream()
                    .map(label -> label.substring(0, label.indexOf('/')))
                    .distinct()
                    .forEach(chain -> perChain.merge(chain, 1, Integer::sum));
        }
        for (String chain : PART4_CHAINS) {
            assertThat(perChain.getOrDefault(chain, 0)).as(chain).isGreaterThanOrEqualTo(30);
            for (ChainNode n : LIBRARY.get(chain).mappableNodes()) {
                assertThat(nodesLabelled)
                        .as("a part-4 patent on " + chain + "/" + n.id())
                        .contains(chain + "/" + n.id());
            }
        }
        assertThat(nearMisses).isGreaterThanOrEqualTo(40);
        assertThat(onTwoNodes).isGreaterThanOrEqualTo(10);
    }

    @Test
    void part4RowsReadLikeChinesePatentsFiledFrom2018To2024() {
        for (PatentSample.Row r : rows(PatentSample.PART4)) {
            LocalDate filed = LocalDate.parse(r.column(1));
            assertThat(filed.getYear()).as(where(r)).isBetween(2018, 2024);
            assertThat(r.column(3)).as(where(r)).isNotBlank();
            assertThat(r.column(5)).as(where(r)).isNotBlank();
            assertThat(r.column(6)).as(where(r)).startsWith("本");
            assertThat(r.column(6).startsWith("本发明") || r.column(6).startsWith("本实用新型"))
                    .as(where(r) + " abstract opens with 本发明 or 本实用新型")
                    .isTrue();
        }
    }

    /** Labels that are not {@code chain/node} with the chain shipped and the node one that patents map to. */
    static List<String> labelProblems(List<PatentSample.Row> rows) {
        List<String> problems = new ArrayList<>();
        for (PatentSample.Row r : rows) {
            for (String label : r.column(4).split(";")) {
                if (label.isBlank()) {
                    continue;
                }
                int slash = label.indexOf('/');
                if (slash < 0) {
                    problems.add(where(r) + ": '" + label + "' is not chain/node");
                    continue;
                }
                Optional<IndustryChain> chain = LIBRARY.find(label.substring(0, slash));
                Optional<ChainNode> node = chain.flatMap(c -> c.node(label.substring(slash + 1)));
                if (node.isEmpty() || !node.get().mappable()) {
                    problems.add(where(r) + ": " + label + " is no mappable node of a shipped chain");
                }
            }
        }
        return problems;
    }

    private static List<PatentSample.Row> everyRow() {
        return rows(Stream.concat(PatentSample.FILES.stream(), PatentSample.PART4.stream())
                .toList());
    }

    private static List<PatentSample.Row> rows(List<String> files) {
        return files.stream().flatMap(f -> PatentSample.rows(f).stream()).toList();
    }

    private static PatentSample.Row row(String number, String labels) {
        return new PatentSample.Row(
                "test", 2, List.of(number, "2021-01-01", "A61K 36/18", "某药业有限公司", labels, "一种中药组合物", "本发明提供一种中药组合物。"));
    }

    private static String where(PatentSample.Row r) {
        return r.file() + ":" + r.line();
    }
}
