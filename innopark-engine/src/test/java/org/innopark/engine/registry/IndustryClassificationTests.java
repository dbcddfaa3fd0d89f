package org.innopark.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndustryClassificationTests {

    @Test
    void holdsEveryLevelOfTheStandardWithTheCountsItsTablesGive() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String[] levels = {"门类", "大类", "中类", "小类"};
        for (int length = 1; length <= 4; length++) {
            counts.put(levels[length - 1], IndustryClassification.level(length).size());
        }
        System.out.println("GB/T 4754-2017 in " + IndustryClassification.FILE + ": " + counts);
        assertThat(counts)
                .containsExactly(Map.entry("门类", 20), Map.entry("大类", 97), Map.entry("中类", 473), Map.entry("小类", 1381));
        assertThat(IndustryClassification.all()).hasSize(20 + 97 + 473 + 1381);
    }

    @Test
    void everyClassSitsUnderAListedGroupDivisionAndSectionAndHasAName() {
        Map<String, String> all = IndustryClassification.all();
        all.forEach((code, name) -> {
            assertThat(name).as(code).isNotBlank().doesNotContain("(").doesNotContain(")");
            if (code.length() >= 3) {
                assertThat(all).as(code + "'s parent").containsKey(code.substring(0, code.length() - 1));
            }
            if (code.length() >= 2) {
                assertThat(IndustryClassification.section(code.substring(0, 2)))
                        .as(code)
                        .isPresent();
            }
            assertThat(IndustryClassification.confidence(code)).as(code).get().isIn("confirmed", "partial");
        });
        // every 中类 has at least one 小类, so a 小类 exists for every group a firm can be filed under
        IndustryClassification.level(3)
                .keySet()
                .forEach(group -> assertThat(all.keySet())
                        .as(group + " has a 小类")
                        .anyMatch(c -> c.length() == 4 && c.startsWith(group)));
    }

    @Test
    void sectionsSpanTheDivisionsTheStandardAssignsThem() {
        Map<String, String> ranges = new LinkedHashMap<>();
        IndustryClassification.level(2)
                .keySet()
                .forEach(d -> ranges.merge(
                        IndustryClassification.section(d).orElseThrow(),
                        d + "-" + d,
                        (a, b) -> a.substring(0, 2) + b.substring(2)));
        assertThat(ranges)
                .containsExactly(
                        Map.entry("A", "01-05"),
                        Map.entry("B", "06-12"),
                        Map.entry("C", "13-43"),
                        Map.entry("D", "44-46"),
                        Map.entry("E", "47-50"),
                        Map.entry("F", "51-52"),
                        Map.entry("G", "53-60"),
                        Map.entry("H", "61-62"),
                        Map.entry("I", "63-65"),
                        Map.entry("J", "66-69"),
                        Map.entry("K", "70-70"),
                        Map.entry("L", "71-72"),
                        Map.entry("M", "73-75"),
                        Map.entry("N", "76-79"),
                        Map.entry("O", "80-82"),
                        Map.entry("P", "83-83"),
                        Map.entry("Q", "84-85"),
                        Map.entry("R", "86-90"),
                        Map.entry("S", "91-96"),
                        Map.entry("T", "97-97"));
        // codes are in the standard's order and each is listed once
        List<String> codes = List.copyOf(IndustryClassification.level(4).keySet());
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        assertThat(new TreeSet<>(IndustryClassification.level(3).keySet())).hasSize(473);
    }

    @Test
    void namesFollowTheNationalBureausTableWhereTheSourcesDiffered() {
        assertThat(IndustryClassification.name("15")).contains("酒、饮料和精制茶制造业");
        assertThat(IndustryClassification.name("395")).contains("非专业视听设备制造");
        assertThat(IndustryClassification.name("3989")).contains("其他电子元件制造");
        assertThat(IndustryClassification.name("2812")).contains("人造纤维（纤维素纤维）制造");
        assertThat(IndustryClassification.name("022")).isEqualTo(IndustryClassification.name("0220"));
        assertThat(IndustryClassification.name("T")).contains("国际组织");
        assertThat(IndustryClassification.name("203")).contains("木质制品制造");
        assertThat(IndustryClassification.confidence("203")).contains("confirmed");
        assertThat(IndustryClassification.confidence("3963")).contains("confirmed");
        assertThat(IndustryClassification.confidence("3848")).isEmpty();
        assertThat(IndustryCode.of("4415").divisionName()).isEqualTo("电力、热力生产和供应业");
    }

    @Test
    void aFaultyTableIsRejectedNamingFileAndLine() {
        assertThatThrownBy(() -> parse("A\t农业门类\tconfirmed\tS1", "01\t农业", "0111\t稻谷种植"))
                .hasMessageContaining("t.tsv:3")
                .hasMessageContaining("0111 has no 中类 011");
        assertThatThrownBy(() -> parse("A\t农业门类\tconfirmed\tS1", "01\t农业", "01\t农业"))
                .hasMessageContaining("t.tsv:3")
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> parse("# head", "01\t农业"))
                .hasMessageContaining("t.tsv:2")
                .hasMessageContaining("before any section");
        assertThatThrownBy(() -> parse("A\t农业门类")).hasMessageContaining("confirmed|partial");
        assertThatThrownBy(() -> parse("A\t农业门类\tsure")).hasMessageContaining("valid are confirmed, partial");
        assertThatThrownBy(() -> parse("A\t农业门类\tconfirmed", "01\t")).hasMessageContaining("name is missing");
        assertThatThrownBy(() -> parse("A\t农业门类\tconfirmed", "01a\t农业")).hasMessageContaining("neither");
    }

    @Test
    void aRowMayStateItsOwnConfidenceElseItTakesItsSections() {
        IndustryClassification t = parse("A\t农、林、牧、渔业\tconfirmed\tS1,S2", "01\t农业", "011\t谷物种植\tpartial", "0111\t稻谷种植");
        assertThat(t.confidenceOf("011")).contains("partial");
        assertThat(t.confidenceOf("0111")).contains("confirmed");
        assertThat(t.confidenceOf("A")).contains("confirmed");
        assertThat(t.confidenceOf("012")).isEmpty();
    }

    private static IndustryClassification parse(String... lines) {
        return IndustryClassification.parse("t.tsv", List.of(lines));
    }
}
