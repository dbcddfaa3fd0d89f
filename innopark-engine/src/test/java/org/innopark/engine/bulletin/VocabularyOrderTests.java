package org.innopark.engine.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor looks for the municipalities in the vocabulary file's order, the same in every JVM. */
class VocabularyOrderTests {

    @Test
    void municipalitiesKeepTheFilesOrder() {
        assertThat(List.copyOf(BulletinVocabulary.standard().municipalities)).containsExactly("北京", "天津", "上海", "重庆");
    }
}
