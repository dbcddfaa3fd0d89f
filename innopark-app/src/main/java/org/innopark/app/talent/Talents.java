package org.innopark.app.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.talent.Education;
import org.innopark.engine.talent.ResearchGroup;
import org.innopark.engine.talent.TalentCounts;
import org.innopark.engine.talent.TalentPerson;
import org.innopark.engine.talent.TalentProgrammes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's talents as the 人才办 sees them: each person once (park, name, employer), with the profile recorded here and
 * the programmes of the registry's 人才 entries; the park's 科学家工作室 and 科研团队; the bulletins' counts; a firm's
 * talents and groups for its profile. The park's administrators and analysts (and the system administrator) read the
 * park; an enterprise user reads only its own firm; anyone else, and another park, gets nothing, as if it did not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class Talents {

    /** A programme entry of a person, with the programme the file resolves it to (its name and level when known). */
    public record SelectionView(String programme, String canonicalName, Level level, Integer year, boolean known) {}

    /** A person with their profile (null fields when the 人才办 has not recorded it) and programmes. */
    public record PersonView(
            String name,
            String employerCreditCode,
            String employerName,
            Education education,
            String platform,
            String title,
            String field,
            LocalDate arrivedOn,
            boolean returnee,
            boolean profiled,
            List<SelectionView> selections) {

        public Level highestLevel() {
            return selections.stream()
                    .map(SelectionView::level)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
        }
    }

    /** A stored 科学家工作室 or 科研团队. */
    public record GroupView(
            long id,
            ResearchGroup.Kind kind,
            String name,
            String leadScientist,
            String hostCreditCode,
            String hostName,
            String platform,
            int members,
            LocalDate establishedOn,
            String field) {}

    /** Filters of the people list; null or blank means any. */
    public record Filter(String q, Education education, Level level, String platform, String employer) {
        public static final Filter NONE = new Filter(null, null, null, null, null);

        boolean accepts(PersonView p) {
            return (q == null
                            || q.isBlank()
                            || p.name().contains(q.strip())
                            || (p.employerName() != null && p.employerName().contains(q.strip()))
                            || (p.field() != null && p.field().contains(q.strip())))
                    && (education == null || education == p.education())
                    && (level == null || level == p.highestLevel())
                    && (platform == null || platform.isBlank() || platform.equals(p.platform()))
                    && (employer == null || employer.isBlank() || employer.equals(p.employerCreditCode()));
        }
    }

    /** The park's counts with the rule files' provenance. */
    public record Overview(TalentCounts counts, String headline, String programmesSource, int platformsInRegistry) {}

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final TalentRules rules;

    Talents(JdbcClient jdbc, RegistryReads reads, TalentRules rules) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.rules = rules;
    }

    /** The park's administrators and analysts, and the system administrator. */
    public static boolean isStaff(Accounts.Account account) {
        return account.role() == Role.SYSTEM_ADMIN
                || account.role() == Role.PARK_ADMIN
                || account.role() == Role.PARK_ANALYST;
    }

    /** Whether the account is staff of the park (and the park exists). */
    public boolean staffOf(Accounts.Account account, String park) {
        return isStaff(account) && account.scope().includesPark(park) && reads.parkExists(park);
    }

    public TalentRules rules() {
        return rules;
    }

    /** The park's people matching the filter, by employer and name; empty outside the staff's scope. */
    public Optional<List<PersonView>> people(Accounts.Account account, String park, Filter filter) {
        if (!staffOf(account, park)) {
            return Optional.empty();
        }
        return Optional.of(peopleOf(park, null).stream().filter(filter::accepts).toList());
    }

    /** The park's counts (bulletin figures); empty outside the staff's scope. */
    public Optional<Overview> overview(Accounts.Account account, String park) {
        if (!staffOf(account, park)) {
            return Optional.empty();
        }
        return Optional.of(overviewOf(park));
    }

    /** The counts for a park, for the CLI and internal jobs (no account check: the caller has checked). */
    public Overview overviewOf(String park) {
        List<PersonView> people = peopleOf(park, null);
        List<GroupView> groups = groupsOf(park, null);
        TalentProgrammes programmes = rules.programmes(park);
        Map<String, String> names = reads.enterpriseNames(park);
        TalentCounts counts = TalentCounts.of(
                people.stream().map(Talents::person).toList(),
                groups.stream().map(Talents::group).toList(),
                programmes,
                code -> names.getOrDefault(code, code));
        return new Overview(
                counts,
                counts.headline(),
                programmes.header().source(),
                reads.platforms(park).size());
    }

    /** The park's studios and teams; empty outside the staff's scope. */
    public Optional<List<GroupView>> groups(Accounts.Account account, String park) {
        if (!staffOf(account, park)) {
            return Optional.empty();
        }
        return Optional.of(groupsOf(park, null));
    }

    /** A firm's talents and groups, for its park's staff and its own user; empty otherwise. */
    public Optional<FirmTalents> firm(Accounts.Account account, String creditCode) {
        Optional<String> park = parkOfFirm(account, creditCode);
        return park.map(p -> new FirmTalents(peopleOf(p, creditCode), groupsOf(p, creditCode)));
    }

    /** A firm's talents and studios or teams. */
    public record FirmTalents(List<PersonView> people, List<GroupView> groups) {}

    /** The park a firm is registered in. */
    public Optional<String> parkOf(String creditCode) {
        return creditCode == null || !CreditCode.isValid(creditCode) ? Optional.empty() : reads.parkOf(creditCode);
    }

    /** The firm's park when the account may read the firm: its park's staff, or its own enterprise user. */
    Optional<String> parkOfFirm(Accounts.Account account, String creditCode) {
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            return Optional.empty();
        }
        Optional<String> park = reads.parkOf(creditCode);
        if (park.isEmpty()) {
            return Optional.empty();
        }
        boolean own = account.role() == Role.ENTERPRISE && creditCode.equals(account.creditCode());
        return own || staffOf(account, park.get()) ? park : Optional.empty();
    }

    List<PersonView> peopleOf(String park, String firm) {
        TalentProgrammes programmes = rules.programmes(park);
        Map<String, String> names = reads.enterpriseNames(park);
        Map<String, PersonView> byKey = new LinkedHashMap<>();
        jdbc.sql("SELECT name, employer_credit_code, education, platform_name, title, field, arrived_on, returnee"
                        + " FROM talent_profile WHERE park_code = :park"
                        + " AND (CAST(:firm AS VARCHAR) IS NULL OR employer_credit_code = :firm)")
                .param("park", park)
                .param("firm", firm)
                .query(rs -> {
                    PersonView p = profile(rs, names);
                    byKey.put(p.name() + "|" + p.employerCreditCode(), p);
                });
        Map<String, List<SelectionView>> selections = new LinkedHashMap<>();
        for (Talent t : reads.talents(park)) {
            if (firm != null && !firm.equals(t.employerCreditCode().value())) {
                continue;
            }
            String key = t.name() + "|" + t.employerCreditCode().value();
            Optional<TalentProgrammes.Programme> p = programmes.resolve(t.programme());
            selections
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new SelectionView(
                            t.programme(),
                            p.map(TalentProgrammes.Programme::name).orElse(t.programme()),
                            p.map(TalentProgrammes.Programme::level).orElse(t.level()),
                            t.selectedYear(),
                            p.isPresent()));
            byKey.computeIfAbsent(
                    key,
                    k -> new PersonView(
                            t.name(),
                            t.employerCreditCode().value(),
                            names.get(t.employerCreditCode().value()),
                            null,
                            null,
                            null,
                            t.field(),
                            null,
                            false,
                            false,
                            List.of()));
        }
        List<PersonView> out = new ArrayList<>();
        byKey.forEach((key, p) -> out.add(new PersonView(
                p.name(),
                p.employerCreditCode(),
                p.employerName(),
                p.education(),
                p.platform(),
                p.title(),
                p.field(),
                p.arrivedOn(),
                p.returnee(),
                p.profiled(),
                List.copyOf(selections.getOrDefault(key, List.of())))));
        out.sort(Comparator.comparing((PersonView p) -> p.employerName() == null ? "" : p.employerName())
                .thenComparing(PersonView::name));
        return out;
    }

    private static PersonView profile(ResultSet rs, Map<String, String> names) throws SQLException {
        String education = rs.getString(3);
        java.sql.Date arrived = rs.getDate(7);
        return new PersonView(
                rs.getString(1),
                rs.getString(2),
                names.get(rs.getString(2)),
                education == null ? null : Education.valueOf(education),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                arrived == null ? null : arrived.toLocalDate(),
                rs.getBoolean(8),
                true,
                List.of());
    }

    List<GroupView> groupsOf(String park, String firm) {
        Map<String, String> names = reads.enterpriseNames(park);
        return jdbc.sql("SELECT id, kind, name, lead_scientist, host_credit_code, platform_name, members,"
                        + " established_on, field FROM research_group WHERE park_code = :park"
                        + " AND (CAST(:firm AS VARCHAR) IS NULL OR host_credit_code = :firm) ORDER BY kind, name")
                .param("park", park)
                .param("firm", firm)
                .query((rs, n) -> {
                    java.sql.Date d = rs.getDate(8);
                    return new GroupView(
                            rs.getLong(1),
                            ResearchGroup.Kind.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            names.get(rs.getString(5)),
                            rs.getString(6),
                            rs.getInt(7),
                            d == null ? null : d.toLocalDate(),
                            rs.getString(9));
                })
                .list();
    }

    static TalentPerson person(PersonView p) {
        return new TalentPerson(
                p.name(),
                CreditCode.of(p.employerCreditCode()),
                p.education(),
                p.platform(),
                p.title(),
                p.field(),
                p.arrivedOn(),
                p.returnee(),
                p.selections().stream()
                        .map(s -> new TalentPerson.Selection(s.programme(), s.level(), s.year()))
                        .toList());
    }

    static ResearchGroup group(GroupView g) {
        return new ResearchGroup(
                g.kind(),
                g.name(),
                g.leadScientist(),
                CreditCode.of(g.hostCreditCode()),
                g.platform(),
                g.members(),
                g.establishedOn(),
                g.field());
    }

    static String label(Level level, Locale locale) {
        return level == null
                ? (locale != null && "en".equals(locale.getLanguage()) ? "none" : "未入选")
                : level.label(locale);
    }
}
