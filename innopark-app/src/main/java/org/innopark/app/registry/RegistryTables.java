package org.innopark.app.registry;

import static org.innopark.app.registry.RegistryTable.Column.bigint;
import static org.innopark.app.registry.RegistryTable.Column.date;
import static org.innopark.app.registry.RegistryTable.Column.decimal;
import static org.innopark.app.registry.RegistryTable.Column.fixed;
import static org.innopark.app.registry.RegistryTable.Column.integer;
import static org.innopark.app.registry.RegistryTable.Column.money;
import static org.innopark.app.registry.RegistryTable.Column.text;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.DeclaredAssessment;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Labelled;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/** The registry's tables, their natural keys, and how each domain record becomes a row. */
public final class RegistryTables {

    private RegistryTables() {}

    public static final RegistryTable PARK = new RegistryTable(
            "park",
            List.of("code"),
            List.of(
                    text("code", 32),
                    text("name", 100),
                    text("level", 16),
                    fixed("region_code", 6),
                    text("province", 30),
                    text("city", 30),
                    integer("approved_year")));

    public static final RegistryTable SUB_PARK = new RegistryTable(
            "sub_park", List.of("code"), List.of(text("code", 32), text("park_code", 32), text("name", 100)));

    public static final RegistryTable ENTERPRISE = new RegistryTable(
            "enterprise",
            List.of("credit_code"),
            List.of(
                    fixed("credit_code", 18),
                    text("name", 200),
                    date("registration_date"),
                    fixed("region_code", 6),
                    text("industry_code", 4),
                    text("high_tech_field", 32),
                    text("park_code", 32),
                    text("sub_park_code", 32),
                    text("listing_board", 16),
                    text("main_products", EnterpriseBusiness.MAX_PRODUCTS),
                    text("business_scope", EnterpriseBusiness.MAX_SCOPE),
                    date("arrived_on"),
                    date("departed_on")));

    /** The columns of {@link EnterpriseBusiness} (主营产品, 经营范围, 入驻日期, 迁出日期) in the enterprise table. */
    public static final java.util.Set<String> ENTERPRISE_BUSINESS_COLUMNS =
            java.util.Set.of("main_products", "business_scope", "arrived_on", "departed_on");

    /** The enterprise table without its business columns: what a write of enterprises alone leaves untouched. */
    public static final RegistryTable ENTERPRISE_CORE = ENTERPRISE.without(ENTERPRISE_BUSINESS_COLUMNS);

    public static final RegistryTable ANNUAL_REPORT = annualReportTable();

    public static final RegistryTable QUALIFICATION = new RegistryTable(
            "qualification",
            List.of("credit_code", "qualification_type", "granted_on"),
            List.of(
                    fixed("credit_code", 18),
                    text("qualification_type", 16),
                    date("granted_on"),
                    text("level", 16),
                    text("certificate_no", 64),
                    date("expires_on")));

    public static final RegistryTable INNOVATION_PLATFORM = new RegistryTable(
            "innovation_platform",
            List.of("park_code", "name"),
            List.of(
                    text("park_code", 32),
                    text("name", 200),
                    text("platform_type", 40),
                    text("level", 16),
                    fixed("host_credit_code", 18),
                    text("host_name", 200),
                    integer("approved_year")));

    public static final RegistryTable CARRIER = new RegistryTable(
            "carrier",
            List.of("park_code", "name"),
            List.of(
                    text("park_code", 32),
                    text("name", 200),
                    text("carrier_type", 32),
                    text("level", 16),
                    fixed("operator_credit_code", 18),
                    decimal("area_m2", 14, 2),
                    integer("incubating"),
                    integer("graduated"),
                    integer("stats_year")));

    public static final RegistryTable TALENT = new RegistryTable(
            "talent",
            List.of("park_code", "name", "programme", "employer_credit_code"),
            List.of(
                    text("park_code", 32),
                    text("name", 50),
                    text("programme", 100),
                    fixed("employer_credit_code", 18),
                    text("level", 16),
                    text("field", 100),
                    integer("selected_year")));

    public static final RegistryTable ATTRACTION_PROJECT = new RegistryTable(
            "attraction_project",
            List.of("project_no"),
            List.of(
                    text("project_no", 64),
                    text("park_code", 32),
                    text("name", 200),
                    text("investor_name", 200),
                    fixed("investor_credit_code", 18),
                    fixed("source_region_code", 6),
                    text("industry_code", 4),
                    money("contracted_amount"),
                    text("stage", 24),
                    date("lead_date"),
                    date("signed_date"),
                    date("production_date")));

    public static final RegistryTable TECH_CONTRACT = new RegistryTable(
            "tech_contract",
            List.of("registration_no"),
            List.of(
                    text("registration_no", 64),
                    text("park_code", 32),
                    fixed("seller_credit_code", 18),
                    text("seller_name", 200),
                    fixed("buyer_credit_code", 18),
                    text("buyer_name", 200),
                    text("contract_type", 16),
                    money("amount"),
                    date("registration_date")));

    /** 信用与合规记录: one row per enterprise, record type and reference number (文书编号). */
    public static final RegistryTable CREDIT_RECORD = new RegistryTable(
            "credit_record",
            List.of("credit_code", "record_type", "reference_no"),
            List.of(
                    fixed("credit_code", 18),
                    text("record_type", 32),
                    text("reference_no", 64),
                    date("record_date"),
                    date("removed_on"),
                    text("reason", 40),
                    text("category", 100),
                    money("amount"),
                    text("incident_level", 16),
                    text("authority", 200),
                    text("source", 200)));

    /** 覆盖声明: one row per park and record type. */
    public static final RegistryTable CREDIT_COVERAGE = new RegistryTable(
            "credit_coverage",
            List.of("park_code", "record_type"),
            List.of(
                    text("park_code", 32),
                    text("record_type", 32),
                    date("complete_since"),
                    date("complete_through"),
                    text("source", 200),
                    text("declared_by", 100)));

    /** 声明的评定: one row per enterprise, data year and fact id, with who declared it and when. */
    public static final RegistryTable DECLARED_FACT = new RegistryTable(
            "declared_fact",
            List.of("credit_code", "report_year", "fact_id"),
            List.of(
                    fixed("credit_code", 18),
                    integer("report_year"),
                    text("fact_id", 64),
                    text("fact_value", 64),
                    text("declared_by", 100)));

    /** 月度报表: one row per enterprise and month (period YYYY-MM); money in yuan, electricity in kWh. */
    public static final RegistryTable MONTHLY_REPORT = new RegistryTable(
            "monthly_report",
            List.of("credit_code", "period"),
            List.of(
                    fixed("credit_code", 18),
                    fixed("period", 7),
                    money("revenue"),
                    money("taxes_paid"),
                    bigint("insured_staff"),
                    money("electricity_kwh"),
                    money("industrial_output"),
                    money("exports"),
                    money("rd_expense")));

    /** Every table, parents before children (the order to write them in). */
    public static final List<RegistryTable> ALL = List.of(
            PARK,
            SUB_PARK,
            ENTERPRISE,
            ANNUAL_REPORT,
            QUALIFICATION,
            INNOVATION_PLATFORM,
            CARRIER,
            TALENT,
            ATTRACTION_PROJECT,
            TECH_CONTRACT,
            CREDIT_RECORD,
            CREDIT_COVERAGE,
            DECLARED_FACT,
            MONTHLY_REPORT);

    private static RegistryTable annualReportTable() {
        List<RegistryTable.Column> columns = new ArrayList<>();
        columns.add(fixed("credit_code", 18));
        columns.add(integer("report_year"));
        for (ReportField f : ReportField.values()) {
            columns.add(f.isMoney() ? money(f.column()) : bigint(f.column()));
        }
        return new RegistryTable("annual_report", List.of("credit_code", "report_year"), columns);
    }

    public static Object[] row(org.innopark.engine.registry.MonthlyReport m) {
        return new Object[] {
            m.creditCode().value(),
            m.period().toString(),
            m.revenue(),
            m.taxesPaid(),
            m.insuredStaff(),
            m.electricityKwh(),
            m.industrialOutput(),
            m.exports(),
            m.rdExpense()
        };
    }

    public static Object[] row(Park p) {
        return new Object[] {
            p.code(), p.name(), p.level().code(), p.region().value(), p.province(), p.city(), p.approvedYear()
        };
    }

    public static Object[] row(SubPark s) {
        return new Object[] {s.code(), s.parkCode(), s.name()};
    }

    /** A row of {@link #ENTERPRISE_CORE}. */
    public static Object[] row(Enterprise e) {
        return new Object[] {
            e.creditCode().value(),
            e.name(),
            e.registrationDate(),
            e.region() == null ? null : e.region().value(),
            e.industry() == null ? null : e.industry().value(),
            code(e.highTechField()),
            e.parkCode(),
            e.subParkCode(),
            e.listingBoard().code()
        };
    }

    /** A row of the whole enterprise table: the enterprise and what it does (null business: all empty). */
    public static Object[] row(Enterprise e, EnterpriseBusiness b) {
        Object[] core = row(e);
        Object[] full = java.util.Arrays.copyOf(core, core.length + 4);
        if (b != null) {
            full[core.length] = b.mainProducts();
            full[core.length + 1] = b.businessScope();
            full[core.length + 2] = b.arrivedOn();
            full[core.length + 3] = b.departedOn();
        }
        return full;
    }

    public static Object[] row(AnnualReport r) {
        Object[] row = new Object[2 + ReportField.values().length];
        row[0] = r.creditCode().value();
        row[1] = r.year();
        for (ReportField f : ReportField.values()) {
            java.math.BigDecimal v = r.get(f);
            row[2 + f.ordinal()] = v == null ? null : f.isMoney() ? v : (Object) v.longValueExact();
        }
        return row;
    }

    public static Object[] row(Qualification q) {
        return new Object[] {
            q.creditCode().value(), q.type().code(), q.grantedOn(), code(q.level()), q.certificateNo(), q.expiresOn()
        };
    }

    public static Object[] row(InnovationPlatform p) {
        return new Object[] {
            p.parkCode(),
            p.name(),
            p.type().code(),
            p.level().code(),
            value(p.hostCreditCode()),
            p.hostName(),
            p.approvedYear()
        };
    }

    public static Object[] row(Carrier c) {
        return new Object[] {
            c.parkCode(),
            c.name(),
            c.type().code(),
            c.level().code(),
            value(c.operatorCreditCode()),
            c.areaSquareMetres(),
            c.incubating(),
            c.graduated(),
            c.statsYear()
        };
    }

    public static Object[] row(Talent t) {
        return new Object[] {
            t.parkCode(),
            t.name(),
            t.programme(),
            value(t.employerCreditCode()),
            t.level().code(),
            t.field(),
            t.selectedYear()
        };
    }

    public static Object[] row(AttractionProject p) {
        return new Object[] {
            p.projectNo(),
            p.parkCode(),
            p.name(),
            p.investorName(),
            value(p.investorCreditCode()),
            p.sourceRegion() == null ? null : p.sourceRegion().value(),
            p.industry() == null ? null : p.industry().value(),
            p.contractedAmount(),
            p.stage().code(),
            p.leadDate(),
            p.signedDate(),
            p.productionDate()
        };
    }

    public static Object[] row(TechContract c) {
        return new Object[] {
            c.registrationNo(),
            c.parkCode(),
            value(c.sellerCreditCode()),
            c.sellerName(),
            value(c.buyerCreditCode()),
            c.buyerName(),
            c.type().code(),
            c.amount(),
            c.registrationDate()
        };
    }

    public static Object[] row(CreditRecord r) {
        return new Object[] {
            r.creditCode().value(),
            r.type().code(),
            r.referenceNo(),
            r.date(),
            r.removedOn(),
            code(r.reason()),
            r.category(),
            r.amount(),
            code(r.level()),
            r.authority(),
            r.source()
        };
    }

    public static Object[] row(DeclaredAssessment d) {
        return new Object[] {d.creditCode().value(), d.year(), d.factId(), d.value(), d.declaredBy()};
    }

    public static Object[] row(CoverageDeclaration d) {
        return new Object[] {
            d.parkCode(), d.type().code(), d.completeSince(), d.completeThrough(), d.source(), d.declaredBy()
        };
    }

    private static String code(Labelled l) {
        return l == null ? null : l.code();
    }

    private static String value(CreditCode c) {
        return c == null ? null : c.value();
    }
}
