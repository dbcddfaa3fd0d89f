package org.innopark.engine.points;

import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Confidence;

/**
 * How a scheme decides an enterprise's {@link Stage}: the first rule whose conditions hold gives the stage, otherwise
 * the default. Conditions compare the enterprise's age or a report figure with a threshold.
 */
public record StageRule(List<Rule> rules, Stage defaultStage, Confidence confidence, String basis) {

    public StageRule {
        rules = List.copyOf(rules);
    }

    /** A rule giving everyone the same stage. */
    public static StageRule always(Stage stage) {
        return new StageRule(List.of(), stage, Confidence.CONFIRMED, "");
    }

    /**
     * The stage of an enterprise for a report year.
     *
     * @param registrationDate null when unknown (age conditions then do not hold)
     * @param report the report of the scored year, null when absent (figure conditions then do not hold)
     */
    public Stage stageOf(LocalDate registrationDate, int year, AnnualReport report) {
        for (Rule rule : rules) {
            if (rule.matches(registrationDate, year, report)) {
                return rule.stage();
            }
        }
        return defaultStage;
    }

    /** A rule: the stage given when all (or any) of its conditions hold. */
    public record Rule(Stage stage, boolean any, List<Condition> conditions) {
        public Rule {
            conditions = List.copyOf(conditions);
        }

        boolean matches(LocalDate registrationDate, int year, AnnualReport report) {
            for (Condition c : conditions) {
                boolean holds = c.holds(registrationDate, year, report);
                if (any && holds) {
                    return true;
                }
                if (!any && !holds) {
                    return false;
                }
            }
            return !any;
        }
    }

    /**
     * A condition {@code below ≤ … } on a measure: {@code measure < below} and/or {@code measure ≥ atLeast} (NaN when
     * not set). The measure is the age in years (report year − registration year) when {@code field} is null,
     * otherwise the report figure. A missing measure never satisfies a condition.
     */
    public record Condition(ReportField field, double atLeast, double below) {
        boolean holds(LocalDate registrationDate, int year, AnnualReport report) {
            double measure;
            if (field == null) {
                measure = registrationDate == null ? Double.NaN : year - registrationDate.getYear();
            } else {
                measure = report == null ? Double.NaN : report.getDouble(field);
            }
            if (Double.isNaN(measure)) {
                return false;
            }
            return (Double.isNaN(atLeast) || measure >= atLeast) && (Double.isNaN(below) || measure < below);
        }

        /** The measure's name: {@code age} or the field key. */
        public String measure() {
            return field == null ? "age" : field.key();
        }
    }
}
