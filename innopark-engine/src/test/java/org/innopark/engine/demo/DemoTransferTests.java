package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.transfer.RegistryLists;
import org.junit.jupiter.api.Test;

/** The demo's technology transfer: deterministic, within the registry's code lists, demands from the park's firms. */
class DemoTransferTests {

    static final List<DemoTransfer.Firm> FIRMS = List.of(
            new DemoTransfer.Firm("91220101MA0000001X", "长春某电池有限公司", "电气机械和器材制造业"),
            new DemoTransfer.Firm("91220101MA0000002X", "长春某制药有限公司", "医药制造业"));

    @Test
    void aParksBatchIsDeterministicAndValid() {
        RegistryLists lists = RegistryLists.builtIn();
        DemoTransfer demo = new DemoTransfer(lists);
        LocalDate today = LocalDate.of(2026, 12, 2);
        DemoTransfer.Batch a = demo.generate("CCHTZ", 1, FIRMS, 42, today, DemoTransfer.Sizes.DEMO);
        DemoTransfer.Batch again = demo.generate("CCHTZ", 1, FIRMS, 42, today, DemoTransfer.Sizes.DEMO);
        assertThat(again).isEqualTo(a);
        assertThat(a.results()).hasSize(DemoTransfer.Sizes.DEMO.results()).allSatisfy(r -> {
            assertThat(r.registrationNo()).hasSize(12);
            assertThat(r.keywords()).hasSizeBetween(1, 3);
            assertThat(lists.stages()).contains(r.stage());
            assertThat(lists.levels()).contains(r.level());
            assertThat(r.summary()).contains("。");
        });
        assertThat(a.results()).extracting(r -> r.registrationNo()).doesNotHaveDuplicates();
        assertThat(a.results()).extracting(r -> r.name()).doesNotHaveDuplicates();
        assertThat(a.instruments()).extracting(i -> i.name() + "@" + i.owner()).doesNotHaveDuplicates();
        assertThat(a.instruments()).extracting(i -> i.id()).doesNotHaveDuplicates();
        assertThat(a.instruments())
                .allSatisfy(i -> assertThat(lists.instrumentCategories()).contains(i.category()));
        assertThat(a.demands()).hasSize(DemoTransfer.Sizes.DEMO.demands()).allSatisfy(d -> {
            assertThat(FIRMS).extracting(DemoTransfer.Firm::creditCode).contains(d.creditCode());
            // in the enterprise's own words, not a list of keywords
            assertThat(d.description()).startsWith("我们是做");
        });
        assertThat(a.results()).anyMatch(r -> r.shared()).anyMatch(r -> !r.shared());
        DemoTransfer.Batch other = demo.generate("CZHTZ", 2, FIRMS, 42, today, DemoTransfer.Sizes.DEMO);
        assertThat(other.results().get(0).name())
                .isNotEqualTo(a.results().get(0).name());
    }
}
