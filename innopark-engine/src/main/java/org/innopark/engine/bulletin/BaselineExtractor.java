package org.innopark.engine.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline the extractor is compared with: a plain regular expression for an Arabic number, an optional scale
 * (万, 亿) and a unit of the vocabulary, on the text as it is (no OCR repair, no Chinese numerals, no qualifiers,
 * subjects or periods). The quote is the match itself.
 */
public final class BaselineExtractor {

    private final Pattern pattern;

    public BaselineExtractor(BulletinVocabulary vocabulary) {
        StringBuilder units = new StringBuilder();
        for (BulletinVocabulary.Unit u : vocabulary.units) {
            if (!units.isEmpty()) {
                units.append('|');
            }
            units.append(Pattern.quote(u.text()));
        }
        pattern = Pattern.compile("(\\d+(?:\\.\\d+)?)(万亿|亿|万)?(" + units + ")");
    }

    public List<QuantFact> extract(String doc, String text) {
        List<QuantFact> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String unit = (m.group(2) == null ? "" : m.group(2)) + m.group(3);
            out.add(new QuantFact(
                    doc,
                    null,
                    "",
                    null,
                    new BigDecimal(m.group(1)),
                    unit,
                    null,
                    FactKind.OTHER,
                    null,
                    m.group(),
                    m.start(),
                    m.end()));
        }
        return out;
    }
}
