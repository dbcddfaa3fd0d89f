package org.innopark.app.ladder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.CreditRegister;
import org.innopark.app.registry.RegistryReads.DeclaredFact;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.stereotype.Service;

/**
 * 依据声明: the assessments only experts make (高企's 知识产权, 科技成果转化能力, 研究开发组织管理水平 scores…), entered per
 * enterprise and data year by its enterprise user or a park analyst, checked against the schemes' fact definitions
 * (a known fact, in its range) and stored with who and when. A fact the registry derives (an incident, a listing, a
 * platform) cannot be declared: the register decides it.
 */
@Service
public class DeclaredAssessments {

    private final CreditRegister register;
    private final RecordFacts facts;
    private final SchemeRegistry schemes;

    DeclaredAssessments(CreditRegister register, RegistryFacts registry) {
        this.register = register;
        this.facts = registry.recordFacts();
        this.schemes = SchemeRegistry.official();
    }

    /** A fact that may be declared for a scheme, as a form shows it: its id, name, range and the value declared. */
    public record Declarable(String id, org.innopark.engine.ladder.Label name, double min, double max, String value) {}

    /**
     * The facts of a scheme (in force in the year) that only experts judge and may be declared, with the values
     * declared for the enterprise and year; empty outside the reader's scope.
     */
    public Optional<List<Declarable>> declarable(ParkScope scope, String creditCode, String schemeId, int year) {
        return read(scope, creditCode, year).map(declared -> {
            Map<String, String> values = new LinkedHashMap<>();
            declared.forEach(d -> values.put(d.factId(), d.value()));
            List<Declarable> out = new java.util.ArrayList<>();
            schemes.effective(schemeId, year).ifPresent(s -> {
                for (FactDefinition d : s.facts()) {
                    if (d.type() == FactDefinition.Type.NUMBER && !facts.derived(d.id())) {
                        out.add(new Declarable(d.id(), d.name(), d.min(), d.max(), values.get(d.id())));
                    }
                }
            });
            return out;
        });
    }

    /** An enterprise's declared assessments of a year (every year when null); empty outside the reader's scope. */
    public Optional<List<DeclaredFact>> read(ParkScope scope, String creditCode, Integer year) {
        return register.declaredFacts(scope, creditCode, year);
    }

    /**
     * Declares assessments for a data year; a null or blank value withdraws one.
     *
     * @throws InvalidValueException naming the first fact that is unknown, derived, or out of its range
     */
    public Optional<List<DeclaredFact>> declare(
            Accounts.Account account, String creditCode, int year, Map<String, ?> values) {
        if (year < AnnualReport.FIRST_YEAR || year > AnnualReport.LAST_YEAR) {
            throw new InvalidValueException("年度 " + year + " 超出范围", "year " + year + " is out of range");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((id, raw) -> checked.put(id, check(id, raw)));
        return register.declareFacts(account, creditCode, year, checked);
    }

    /** The value as stored, or null to withdraw. */
    String check(String id, Object raw) {
        FactDefinition d = facts.definition(id)
                .orElseThrow(() -> new InvalidValueException(
                        "未知的评定项'" + id + "'", "there is no assessment '" + id + "' in the schemes"));
        if (facts.derived(id)) {
            throw new InvalidValueException(
                    "'" + d.name().zh() + "'由信用记录与登记数据判定,不能声明",
                    "'" + d.name().en() + "' is decided from the register and cannot be declared");
        }
        String text = raw == null ? "" : raw.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        switch (d.type()) {
            case NUMBER -> {
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException(
                            "'" + d.name().zh() + "'应为数字,实际为'" + text + "'",
                            "'" + d.name().en() + "' must be a number, got '" + text + "'");
                }
                if (v < d.min() || v > d.max()) {
                    throw new InvalidValueException(
                            "'" + d.name().zh() + "'应在 " + d.unit().zh(d.min()) + "–"
                                    + d.unit().zh(d.max()) + " 之间,实际为 " + text,
                            "'" + d.name().en() + "' must be between "
                                    + d.unit().en(d.min()) + " and " + d.unit().en(d.max()) + ", got " + text);
                }
                return text;
            }
            case BOOLEAN -> {
                return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                    case "是", "true", "yes", "1" -> "true";
                    case "否", "false", "no", "0" -> "false";
                    default ->
                        throw new InvalidValueException(
                                "'" + d.name().zh() + "'应为 是 或 否",
                                "'" + d.name().en() + "' must be yes or no");
                };
            }
            default -> {
                if (!d.options().contains(text)) {
                    throw new InvalidValueException(
                            "'" + d.name().zh() + "'应为 " + d.options() + " 之一",
                            "'" + d.name().en() + "' must be one of " + d.options());
                }
                return text;
            }
        }
    }
}
