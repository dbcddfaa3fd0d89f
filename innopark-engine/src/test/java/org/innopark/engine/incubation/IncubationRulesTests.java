package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;

class IncubationRulesTests {

    @Test
    void theBuiltInFileStatesItsSourceAndConfidence() {
        IncubationRules r = IncubationRules.builtIn();
        assertThat(r.header().source()).contains("国科发区〔2018〕300号");
        assertThat(r.header().confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(r.lifecycleConfidence()).isEqualTo(Confidence.PARTIAL);
        assertThat(r.gradesConfidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(r.graduation())
                .extracting(IncubationRules.GraduationCriterion::id)
                .containsExactly("high_tech", "funding", "revenue", "acquired_or_listed");
        assertThat(r.incubatee().maxIncubationMonths()).isEqualTo(48);
        assertThat(r.incubatee().specialFieldMonths()).isEqualTo(60);
        assertThat(r.variants())
                .extracting(IncubationRules.RecognitionVariant::id)
                .containsExactly("comprehensive", "specialised");
    }

    private static String builtInText() throws IOException {
        try (InputStream in = IncubationRules.class
                .getClassLoader()
                .getResourceAsStream("org/innopark/engine/incubation/incubation-2018.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnknownMetricNamesTheLineAndTheValidOnes() throws IOException {
        String text = builtInText().replaceFirst("metric: areaM2", "metric: floorSpace");
        int line = (int) text.lines().takeWhile(l -> !l.contains("floorSpace")).count() + 1;
        assertThatThrownBy(() -> IncubationRules.parse("mine.yaml", new StringReader(text)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("mine.yaml:" + line + ":")
                .hasMessageContaining("'floorSpace' is not a carrier metric")
                .hasMessageContaining("areaM2");
    }

    @Test
    void gradeSharesMustAddUpToOne() throws IOException {
        String text = builtInText().replace("share: 0.010", "share: 0.020");
        assertThatThrownBy(() -> IncubationRules.parse("mine.yaml", new StringReader(text)))
                .hasMessageContaining("add up to 1.010");
    }

    @Test
    void aStateMovingToAnUnknownStateIsRefused() throws IOException {
        String text = builtInText().replace("to: [stayed, moved_out, deregistered]", "to: [stayed, listed]");
        assertThatThrownBy(() -> IncubationRules.parse("mine.yaml", new StringReader(text)))
                .hasMessageContaining("'listed' is not a state");
    }
}
