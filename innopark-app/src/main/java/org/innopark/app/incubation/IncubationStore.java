package org.innopark.app.incubation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The incubation tables' SQL: tenancies, transitions, carrier profiles and declared figures. */
@Repository
class IncubationStore {

    private static final String COLUMNS = "id, park_code, carrier_name, credit_code, state, state_date, nursery_date,"
            + " entry_date, agreement_no, area_m2, place, graduation_date, criterion_id, exit_date, exit_reason,"
            + " special_field, acquired_on";

    private final JdbcClient jdbc;

    IncubationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncubationViews.Stored> tenancies(String park, String carrier) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incubation_tenancy WHERE park_code = ?"
                        + (carrier == null ? "" : " AND carrier_name = ?")
                        + " ORDER BY carrier_name, state_date, credit_code")
                .params(carrier == null ? List.of(park) : List.of(park, carrier))
                .query((rs, n) -> stored(rs))
                .list();
    }

    List<IncubationViews.Stored> ofEnterprise(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incubation_tenancy WHERE credit_code = ?"
                        + " ORDER BY COALESCE(nursery_date, entry_date, state_date), id")
                .param(creditCode)
                .query((rs, n) -> stored(rs))
                .list();
    }

    Optional<IncubationViews.Stored> tenancy(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incubation_tenancy WHERE id = ?")
                .param(id)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    Optional<IncubationViews.Stored> tenancy(String park, String carrier, String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM incubation_tenancy WHERE park_code = ? AND carrier_name = ? AND credit_code = ?")
                .params(park, carrier, creditCode)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    long insert(Tenancy t, LocalDate acquiredOn, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO incubation_tenancy (park_code, carrier_name, credit_code, state, state_date,"
                        + " nursery_date, entry_date, agreement_no, area_m2, place, graduation_date, criterion_id,"
                        + " exit_date, exit_reason, special_field, acquired_on, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(t, acquiredOn, actor))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, Tenancy t, LocalDate acquiredOn, String actor) {
        List<Object> params = new java.util.ArrayList<>(values(t, acquiredOn, actor));
        params.add(id);
        jdbc.sql("UPDATE incubation_tenancy SET park_code = ?, carrier_name = ?, credit_code = ?, state = ?,"
                        + " state_date = ?, nursery_date = ?, entry_date = ?, agreement_no = ?, area_m2 = ?, place = ?,"
                        + " graduation_date = ?, criterion_id = ?, exit_date = ?, exit_reason = ?, special_field = ?,"
                        + " acquired_on = ?, updated_by = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(params)
                .update();
    }

    void transition(long tenancyId, Tenancy t, TenancyState from, String reason, String actor) {
        jdbc.sql("INSERT INTO incubation_transition (tenancy_id, park_code, carrier_name, credit_code, from_state,"
                        + " to_state, state_date, criterion_id, reason, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tenancyId,
                        t.parkCode(),
                        t.carrierName(),
                        t.creditCode().value(),
                        from == null ? null : from.code(),
                        t.state().code(),
                        Date.valueOf(t.stateDate()),
                        t.state() == TenancyState.GRADUATED ? t.criterionId() : null,
                        reason,
                        actor)
                .update();
    }

    /** A tenancy's transitions, or every transition of an enterprise across carriers, oldest first. */
    List<IncubationViews.Step> steps(Long tenancyId, String creditCode) {
        return jdbc.sql("SELECT carrier_name, from_state, to_state, state_date, criterion_id, reason, actor"
                        + " FROM incubation_transition WHERE "
                        + (tenancyId != null ? "tenancy_id = ?" : "credit_code = ?")
                        + " ORDER BY state_date, id")
                .param(tenancyId != null ? tenancyId : creditCode)
                .query((rs, n) -> new IncubationViews.Step(
                        rs.getString(1),
                        rs.getString(2) == null ? null : TenancyState.ofCode(rs.getString(2)),
                        TenancyState.ofCode(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    Map<String, IncubationViews.Profile> profiles(String park) {
        Map<String, IncubationViews.Profile> out = new HashMap<>();
        jdbc.sql("SELECT carrier_name, variant, remote, opened_on FROM incubation_carrier WHERE park_code = ?")
                .param(park)
                .query((rs, n) -> new IncubationViews.Profile(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getObject(4, LocalDate.class)))
                .list()
                .forEach(p -> out.put(p.carrier(), p));
        return out;
    }

    void saveProfile(String park, IncubationViews.Profile p) {
        int n = jdbc.sql("UPDATE incubation_carrier SET variant = ?, remote = ?, opened_on = ?"
                        + " WHERE park_code = ? AND carrier_name = ?")
                .params(
                        p.variant(),
                        p.remote(),
                        p.openedOn() == null ? null : Date.valueOf(p.openedOn()),
                        park,
                        p.carrier())
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO incubation_carrier (park_code, carrier_name, variant, remote, opened_on)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(
                            park,
                            p.carrier(),
                            p.variant(),
                            p.remote(),
                            p.openedOn() == null ? null : Date.valueOf(p.openedOn()))
                    .update();
        }
    }

    /** The declared figures of a park's carriers for a year: carrier → key → value. */
    Map<String, Map<String, BigDecimal>> figures(String park, int year) {
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        jdbc.sql("SELECT carrier_name, figure_key, figure_value FROM incubation_figure WHERE park_code = ?"
                        + " AND figure_year = ?")
                .params(park, year)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        return out;
    }

    /** The years a carrier declared figures for. */
    List<Integer> figureYears(String park, String carrier) {
        return jdbc.sql("SELECT DISTINCT figure_year FROM incubation_figure WHERE park_code = ? AND carrier_name = ?"
                        + " ORDER BY figure_year")
                .params(park, carrier)
                .query(Integer.class)
                .list();
    }

    void saveFigures(String park, String carrier, int year, Map<String, BigDecimal> figures) {
        jdbc.sql("DELETE FROM incubation_figure WHERE park_code = ? AND carrier_name = ? AND figure_year = ?")
                .params(park, carrier, year)
                .update();
        for (Map.Entry<String, BigDecimal> e : figures.entrySet()) {
            jdbc.sql("INSERT INTO incubation_figure (park_code, carrier_name, figure_year, figure_key, figure_value)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(park, carrier, year, e.getKey(), e.getValue())
                    .update();
        }
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM incubation_tenancy")
                        .query(Long.class)
                        .single()
                == 0L;
    }

    /** Removes a park's tenancies, transitions, profiles and figures (the demo reloads them). */
    void clearPark(String park) {
        jdbc.sql("DELETE FROM incubation_transition WHERE park_code = ?")
                .param(park)
                .update();
        jdbc.sql("DELETE FROM incubation_tenancy WHERE park_code = ?")
                .param(park)
                .update();
        jdbc.sql("DELETE FROM incubation_carrier WHERE park_code = ?")
                .param(park)
                .update();
        jdbc.sql("DELETE FROM incubation_figure WHERE park_code = ?")
                .param(park)
                .update();
    }

    private static List<Object> values(Tenancy t, LocalDate acquiredOn, String actor) {
        return java.util.Arrays.asList(
                t.parkCode(),
                t.carrierName(),
                t.creditCode().value(),
                t.state().code(),
                date(t.stateDate()),
                date(t.nurseryDate()),
                date(t.entryDate()),
                t.agreementNo(),
                t.areaM2(),
                t.place(),
                date(t.graduationDate()),
                t.criterionId(),
                date(t.exitDate()),
                t.exitReason(),
                t.specialField(),
                date(acquiredOn),
                actor);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static IncubationViews.Stored stored(ResultSet rs) throws SQLException {
        Tenancy t = new Tenancy(
                rs.getString(2),
                rs.getString(3),
                CreditCode.of(rs.getString(4).strip()),
                TenancyState.ofCode(rs.getString(5)),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                rs.getBigDecimal(10),
                rs.getString(11),
                rs.getObject(12, LocalDate.class),
                rs.getString(13),
                rs.getObject(14, LocalDate.class),
                rs.getString(15),
                rs.getString(16));
        return new IncubationViews.Stored(rs.getLong(1), t, rs.getObject(17, LocalDate.class));
    }
}
