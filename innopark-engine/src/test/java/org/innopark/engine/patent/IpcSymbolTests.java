package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpcSymbolTests {

    @ParameterizedTest
    @CsvSource({
        "'H01M 10/0525', H01M0010052500, H01M 10/0525",
        "H01M10/0525, H01M0010052500, H01M 10/0525",
        "H01M0010052500, H01M0010052500, H01M 10/0525",
        "'h01m 10/0525 (2010.01)', H01M0010052500, H01M 10/0525",
        "'Ｈ０１Ｍ　１０／０５２５', H01M0010052500, H01M 10/0525",
        "A01B0007000000, A01B0007000000, A01B 7/00",
        "'B60L 53/00', B60L0053000000, B60L 53/00",
        "C01B0033100000, C01B0033100000, C01B 33/10",
        "'G06F 9/455', G06F0009455000, G06F 9/455"
    })
    void normalisesTheFormsPeopleWrite(String written, String canonical, String display) {
        IpcSymbol s = IpcSymbol.parse(written);
        assertThat(s.canonical()).isEqualTo(canonical);
        assertThat(s.toString()).isEqualTo(display);
        assertThat(IpcSymbol.parse(s.canonical())).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "H01M",
                "H01M 10",
                "I01M 10/00",
                "H1M 10/00",
                "H01M 10/5",
                "H01M 0/00",
                "H01M 10/1234567",
                "H01M00100525",
                "H01M0000052500",
                "电池"
            })
    void rejectsMalformedSymbolsSayingWhatIsValid(String written) {
        assertThatThrownBy(() -> IpcSymbol.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H01M 10/0525, H01M10/0525 or H01M0010052500");
    }

    @Test
    void rangesCoverTheirSubgroupsByDigitsAndExactRangesOnlyThemselves() {
        assertThat(IpcRange.parse("H01M").covers(IpcSymbol.parse("H01M 4/587"))).isTrue();
        assertThat(IpcRange.parse("H01M 10/00").covers(IpcSymbol.parse("H01M 10/0525")))
                .isTrue();
        assertThat(IpcRange.parse("H01M 10").covers(IpcSymbol.parse("H01M 10/0525")))
                .isTrue();
        assertThat(IpcRange.parse("H01M 10/00").covers(IpcSymbol.parse("H01M 1/00")))
                .isFalse();
        assertThat(IpcRange.parse("H01M 4/58").covers(IpcSymbol.parse("H01M 4/5825")))
                .isTrue();
        assertThat(IpcRange.parse("H01M 4/58").covers(IpcSymbol.parse("H01M 4/587")))
                .isTrue();
        assertThat(IpcRange.parse("=H01M 4/58").covers(IpcSymbol.parse("H01M 4/587")))
                .isFalse();
        assertThat(IpcRange.parse("=H01M 4/58").covers(IpcSymbol.parse("H01M 4/58")))
                .isTrue();
        assertThat(IpcRange.parse("H01M 4/50").covers(IpcSymbol.parse("H01M 4/525")))
                .isFalse();
        assertThatThrownBy(() -> IpcRange.parse("H01M 4/5")).hasMessageContaining("subclass (H01M)");
    }

    @Test
    void prefixTreeFindsEveryRangeCoveringASymbol() {
        IpcPrefixTree tree = new IpcPrefixTree();
        tree.add(IpcRange.parse("H01M"), 1);
        tree.add(IpcRange.parse("H01M 10/00"), 2);
        tree.add(IpcRange.parse("H01M 10/05"), 3);
        tree.add(IpcRange.parse("H01M 4/00"), 4);
        tree.add(IpcRange.parse("H01M 10/0525"), 5);
        java.util.List<Integer> found = new java.util.ArrayList<>();
        tree.lookup(IpcSymbol.parse("H01M 10/0525").canonical(), found::add);
        assertThat(found).containsExactly(1, 2, 3, 5);
        found.clear();
        tree.lookup(IpcSymbol.parse("H01L 31/18").canonical(), found::add);
        assertThat(found).isEmpty();
    }

    @Test
    void tellsThePatentTypeFromTheKindCode() {
        assertThat(PatentType.ofKind("A")).isEqualTo(PatentType.INVENTION);
        assertThat(PatentType.ofKind("B1")).isEqualTo(PatentType.INVENTION);
        assertThat(PatentType.ofKind("U")).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(PatentType.ofKind("S")).isEqualTo(PatentType.DESIGN);
        assertThatThrownBy(() -> PatentType.ofKind("X")).hasMessageContaining("A, B, C (invention)");
    }
}
