package org.innopark.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Scopes in the index: a search restricted to some scopes finds only the objects carrying one of them. */
class TransferScopeTests {

    @Test
    void aSearchSeesOnlyTheObjectsOfItsScopes() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        MatchingSettings settings = MatchingSettings.builtIn();
        TransferItem own = TransferItem.result("A/1", "锂电池正极包覆技术", "提高动力电池循环寿命", "正极", "新能源", "甲大学", "中期阶段");
        TransferItem shared = TransferItem.result("B/1", "锂电池电解液添加剂", "减少电池容量衰减", "电解液", "新能源", "乙大学", "初期阶段");
        TransferItem hidden = TransferItem.result("B/2", "锂电池析锂识别", "电池容量衰减诊断", "析锂", "新能源", "丙大学", "初期阶段");
        List<TransferItem> items = List.of(own, shared, hidden);
        TransferIndex index = new TransferIndex(
                new ByteBuffersDirectory(),
                TransferMatcher.analyzer(items, vocabulary, settings),
                true,
                settings,
                null);
        index.put(items, i -> switch (i.id()) {
            case "A/1" -> List.of("park:A");
            case "B/1" -> List.of("park:B", "shared");
            default -> List.of("park:B");
        });
        try (TransferMatcher matcher = new TransferMatcher(index, settings)) {
            List<String> forA = matcher
                    .match(
                            "电池容量衰减",
                            "锂电池用一年容量掉得厉害",
                            ObjectType.RESULT,
                            TransferMatcher.Method.BM25,
                            10,
                            Set.of("park:A", "shared"))
                    .stream()
                    .map(m -> m.item().id())
                    .toList();
            assertThat(forA).containsExactlyInAnyOrder("A/1", "B/1");
            List<String> all =
                    matcher.match("电池容量衰减", "锂电池用一年容量掉得厉害", ObjectType.RESULT, TransferMatcher.Method.BM25, 10).stream()
                            .map(m -> m.item().id())
                            .toList();
            assertThat(all).contains("B/2");
            index.removeScope("park:B");
            assertThat(index.count(ObjectType.RESULT)).isEqualTo(1);
        }
    }

    @Test
    void theRegistryListsAreVersionedData() {
        RegistryLists lists = RegistryLists.builtIn();
        assertThat(lists.header().confidence().key()).isEqualTo("unconfirmed");
        assertThat(lists.stages()).containsExactly("初期阶段", "中期阶段", "成熟应用阶段");
        assertThat(lists.instrumentCategories()).contains("分析仪器", "计算机及其配套设备");
    }
}
