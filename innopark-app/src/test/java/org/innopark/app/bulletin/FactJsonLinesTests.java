package org.innopark.app.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.engine.bulletin.FactExtractor;
import org.innopark.engine.bulletin.FactKind;
import org.innopark.engine.bulletin.FactRows;
import org.innopark.engine.bulletin.QuantFact;
import org.junit.jupiter.api.Test;

/**
 * The JSON lines the Spark job writes by hand (the engine's {@link FactRows#json}) are the lines this application's
 * JSONL export writes with Jackson, byte for byte: what {@code bench/spark-e2e.sh} compares across the two jars.
 */
class FactJsonLinesTests {

    private static String jackson(List<QuantFact> facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactExport.write(facts, FactExport.Format.JSONL, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String byHand(List<QuantFact> facts) {
        StringBuilder b = new StringBuilder();
        facts.forEach(f -> b.append(FactRows.json(f)).append('\n'));
        return b.toString();
    }

    @Test
    void extractedFactsAreWrittenAsJacksonWritesThem() {
        String text = "2024年,全区实现技术合同成交额86.7亿元,同比增长12.5%;新增国家高新技术企业136家,"
                + "累计超过1,120家。\n\n截至11月,“专精特新”企业达到约300家,研发投入强度4.80%。";
        List<QuantFact> facts = new FactExtractor().extract("通报 \"2024\".txt", text);

        assertThat(facts).hasSizeGreaterThan(3);
        assertThat(byHand(facts)).isEqualTo(jackson(facts));
    }

    @Test
    void quotesBackslashesControlCharactersAndNullsAreWrittenAsJacksonWritesThem() {
        QuantFact f = new QuantFact(
                "a\\b.txt",
                null,
                "引号\"与制表\t及\u0001控制符\b\f",
                null,
                new BigDecimal("1.2000E+3"),
                "亿元",
                null,
                FactKind.AMOUNT,
                null,
                "行一\r\n行二 \u2028 结束",
                0,
                5);

        assertThat(byHand(List.of(f))).isEqualTo(jackson(List.of(f)));
        assertThat(FactRows.json(f)).contains("\"value\":1200,", "\"subject\":null");
    }
}
