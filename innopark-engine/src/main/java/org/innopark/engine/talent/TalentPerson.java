package org.innopark.engine.talent;

import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Level;

/**
 * 人才: one person working in the park, as the 人才办 counts them: name and employer (the person's key, with the
 * park), highest education, the innovation platform they work at (when they do), professional title (职称), field,
 * the day they came to the park, whether they returned from study abroad (留学归国), and the programmes that selected
 * them (the registry's 人才 entries).
 */
public record TalentPerson(
        String name,
        CreditCode employer,
        Education education,
        String platform,
        String title,
        String field,
        LocalDate arrivedOn,
        boolean returnee,
        List<Selection> selections) {

    /** A programme that selected the person: its name as written, its level, the year. */
    public record Selection(String programme, Level level, Integer year) {}

    public TalentPerson {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("姓名不能为空", "name is required");
        }
        name = name.strip();
        if (employer == null) {
            throw new InvalidValueException("工作单位统一社会信用代码不能为空", "employer credit code is required");
        }
        platform = blankToNull(platform);
        title = blankToNull(title);
        field = blankToNull(field);
        selections = selections == null ? List.of() : List.copyOf(selections);
    }

    /** The highest level among the person's programmes; null when no programme selected them. */
    public Level highestLevel() {
        Level best = null;
        for (Selection s : selections) {
            if (best == null || s.level().ordinal() < best.ordinal()) {
                best = s.level();
            }
        }
        return best;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
