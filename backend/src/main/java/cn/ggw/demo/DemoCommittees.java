package cn.ggw.demo;

import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Team histories for the demo district, consistent with the seed report: every team formed in
 * March 2009 from the 五老 of its own unit (a township's or street's from its villages and
 * communities, the district's from anyone); since then exactly {@value #FILLED} people filled into
 * vacant seats (two villages staffed late, the rest single seats that fell vacant), exactly
 * {@value #ADJUSTED} executive vice-directors adjusted with their full record (assessment, proposal,
 * consultation with the township party committee, decision, handover), a few teams with open
 * vacancies of various ages, and a couple of overdue terms. Deterministic; written with JDBC batches.
 */
@ApplicationScoped
public class DemoCommittees {

    static final int FILLED = 28;
    static final int ADJUSTED = 32;
    static final LocalDate FORMED = LocalDate.of(2009, 3, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String BY = "demo-data";
    private static final int LATE_VILLAGES = 2;
    /** Days open of the vacancies left open today: three of them past the default 30-day threshold. */
    private static final int[] OPEN_DAYS = {4, 12, 26, 47, 95, 230};
    private static final String[] OPEN_ROLES = {"MEMBER", "DIRECTOR", "MEMBER", "EXECUTIVE_VICE_DIRECTOR", "MEMBER", "MEMBER"};
    private static final String[] END_REASONS = {"AGE", "HEALTH", "RESIGNATION"};

    @Inject
    EntityManager em;

    /** Loads the histories when no team exists yet; returns how many teams were written. */
    @Transactional
    public int load() {
        long existing = ((Number) em.createNativeQuery("select count(*) from committee").getSingleResult()).longValue();
        if (existing > 0) {
            return 0;
        }
        String root = DemoDistrict.districtPath(em).orElse(null);
        return root == null ? 0 : loadInto(root);
    }

    /** Writes the histories for one subtree (tests use their own district). */
    @Transactional
    public int loadInto(String rootPath) {
        int[] teams = {0};
        em.unwrap(Session.class).doWork(connection -> teams[0] = new Generator(connection, rootPath).run());
        return teams[0];
    }

    private record Unit(long id, String path, String kind, String name, Long parentId) {
    }

    private record Person(long id, String name, String path, LocalDate birth) {
    }

    private static final class Generator {

        private final Connection connection;
        private final String rootPath;
        private final Random random = new Random(2009);
        private final LocalDate today = LocalDate.now(CHINA);
        private final List<Unit> units = new ArrayList<>();
        private final Map<Long, Unit> byId = new HashMap<>();
        private final Map<String, List<String[]>> template = new HashMap<>();
        private final List<Person> people = new ArrayList<>();
        private final Set<Long> used = new HashSet<>();
        private final Map<Long, Long> teamOf = new HashMap<>();
        private final List<Object[]> appointments = new ArrayList<>();
        private long nextAppointment;

        Generator(Connection connection, String rootPath) {
            this.connection = connection;
            this.rootPath = rootPath;
        }

        int run() throws SQLException {
            read();
            List<Unit> base = units.stream().filter(u -> u.kind.equals("VILLAGE") || u.kind.equals("COMMUNITY")).toList();
            int needed = LATE_VILLAGES + (FILLED - 5 * LATE_VILLAGES) + ADJUSTED + OPEN_DAYS.length;
            if (base.size() < needed) {
                throw new IllegalStateException("the demo team histories need " + needed + " villages and communities, found " + base.size());
            }
            List<Unit> shuffled = new ArrayList<>(base);
            Collections.shuffle(shuffled, random);
            List<Unit> late = shuffled.subList(0, LATE_VILLAGES);
            List<Unit> singles = shuffled.subList(LATE_VILLAGES, LATE_VILLAGES + FILLED - 5 * LATE_VILLAGES);
            int from = LATE_VILLAGES + singles.size();
            List<Unit> adjusted = shuffled.subList(from, from + ADJUSTED);
            List<Unit> open = shuffled.subList(from + ADJUSTED, from + ADJUSTED + OPEN_DAYS.length);

            // Two teams whose election (换届) is past due.
            writeTeams(Set.of(open.get(0).id, singles.get(0).id));
            nextAppointment = nextIds("appointment", 1)[0];
            // Everyone's first team, at the 2009 election; the late villages stay empty.
            Map<Long, Map<String, List<Long>>> seats = new HashMap<>();
            for (Unit u : units) {
                if (late.contains(u)) {
                    continue;
                }
                seats.put(u.id, staff(u, FORMED, "ELECTION"));
            }
            // Two villages without a team for years, staffed at last: five seats filled each.
            LocalDate[] staffedOn = {LocalDate.of(2011, 5, 10), LocalDate.of(2013, 9, 16)};
            for (int i = 0; i < late.size(); i++) {
                seats.put(late.get(i).id, staff(late.get(i), staffedOn[i], "FILL"));
            }
            // Single seats that fell vacant and were filled a few days or weeks later.
            for (int i = 0; i < singles.size(); i++) {
                Unit u = singles.get(i);
                String role = i % 3 == 0 ? "DIRECTOR" : "MEMBER";
                long holder = seats.get(u.id).get(role).get(0);
                LocalDate left = spread(i, singles.size(), LocalDate.of(2010, 4, 1), today.minusMonths(3));
                end(holder, left, END_REASONS[i % END_REASONS.length]);
                appoint(u, role, left.plusDays(7 + random.nextInt(40)), "FILL", holder);
            }
            // Executive vice-directors adjusted after consulting the township party committee.
            List<Object[]> flows = new ArrayList<>();
            for (int i = 0; i < adjusted.size(); i++) {
                Unit u = adjusted.get(i);
                long holder = seats.get(u.id).get("EXECUTIVE_VICE_DIRECTOR").get(0);
                LocalDate on = spread(i, adjusted.size(), LocalDate.of(2010, 6, 15), today.minusMonths(1));
                end(holder, on, "ADJUSTMENT");
                long successor = appoint(u, "EXECUTIVE_VICE_DIRECTOR", on, "ADJUSTMENT", holder);
                flows.add(new Object[] {u, holder, successor, on, i});
            }
            // Seats left open today, of various ages.
            for (int i = 0; i < open.size(); i++) {
                Unit u = open.get(i);
                long holder = seats.get(u.id).get(OPEN_ROLES[i]).get(0);
                end(holder, today.minusDays(OPEN_DAYS[i]), END_REASONS[i % 2]);
            }
            writeAppointments();
            writeAdjustments(flows);
            return units.size();
        }

        private void read() throws SQLException {
            try (PreparedStatement s = connection.prepareStatement("select id, org_path, kind, name, parent_id from org_unit"
                    + " where active and " + Subtree.of(rootPath).jdbc("org_path") + " order by org_path")) {
                Subtree.of(rootPath).bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Unit u = new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5));
                        units.add(u);
                        byId.put(u.id, u);
                    }
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("select unit_kind, role, min_count, max_age from seat_template order by unit_kind, role")) {
                while (rs.next()) {
                    template.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), String.valueOf(rs.getInt(3)), rs.getString(4)});
                }
            }
            try (PreparedStatement s = connection.prepareStatement("select id, name, org_path, birth_date from volunteer"
                    + " where status = 'ACTIVE' and " + Subtree.of(rootPath).jdbc("org_path") + " order by id")) {
                Subtree.of(rootPath).bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        people.add(new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()));
                    }
                }
            }
        }

        private void writeTeams(Set<Long> overdue) throws SQLException {
            long[] ids = nextIds("committee", units.size());
            try (PreparedStatement s = connection.prepareStatement("insert into committee (id, org_unit_id, org_path, formed_on,"
                    + " term_start, next_election_due, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < units.size(); i++) {
                    Unit u = units.get(i);
                    boolean late = overdue.contains(u.id);
                    teamOf.put(u.id, ids[i]);
                    s.setLong(1, ids[i]);
                    s.setLong(2, u.id);
                    s.setString(3, u.path);
                    s.setDate(4, Date.valueOf(FORMED));
                    s.setDate(5, Date.valueOf(late ? LocalDate.of(2019, 3, 1) : LocalDate.of(2024, 3, 1)));
                    s.setDate(6, Date.valueOf(late ? LocalDate.of(2024, 3, 1) : LocalDate.of(2029, 3, 1)));
                    s.setString(7, BY);
                    s.setString(8, BY);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        /** Every required seat of a unit's team, from the same day. */
        private Map<String, List<Long>> staff(Unit u, LocalDate on, String kind) {
            Map<String, List<Long>> seats = new HashMap<>();
            for (String[] rule : template.getOrDefault(u.kind, List.of())) {
                for (int n = 0; n < Integer.parseInt(rule[1]); n++) {
                    seats.computeIfAbsent(rule[0], k -> new ArrayList<>()).add(appoint(u, rule[0], on, kind, null));
                }
            }
            return seats;
        }

        private long appoint(Unit u, String role, LocalDate on, String kind, Long replaces) {
            Integer maxAge = maxAge(u.kind, role);
            Person p = pick(u, on, maxAge);
            long id = nextAppointment++;
            appointments.add(new Object[] {id, teamOf.get(u.id), u.id, u.path, role, p.id, p.name, kind, on, null, null, replaces});
            return id;
        }

        private void end(long appointmentId, LocalDate on, String reason) {
            for (Object[] row : appointments) {
                if ((long) row[0] == appointmentId) {
                    row[9] = on;
                    row[10] = reason;
                    return;
                }
            }
            throw new IllegalStateException("no appointment " + appointmentId);
        }

        private Integer maxAge(String kind, String role) {
            for (String[] rule : template.getOrDefault(kind, List.of())) {
                if (rule[0].equals(role)) {
                    return rule[2] == null ? null : Integer.valueOf(rule[2]);
                }
            }
            return null;
        }

        /** Someone not seated anywhere yet: of the unit itself first, then of its subtree, then of its township. */
        private Person pick(Unit u, LocalDate on, Integer maxAge) {
            List<String> pools = new ArrayList<>();
            pools.add(u.path);
            if ((u.kind.equals("VILLAGE") || u.kind.equals("COMMUNITY")) && u.parentId != null && byId.containsKey(u.parentId)) {
                pools.add(byId.get(u.parentId).path);
            }
            for (String pool : pools) {
                List<Person> fit = new ArrayList<>();
                for (Person p : people) {
                    boolean inPool = p.path.equals(pool) || p.path.startsWith(pool + ".");
                    boolean young = maxAge == null || p.birth.plusYears(maxAge + 1L).isAfter(on);
                    if (inPool && young && !used.contains(p.id) && p.birth.plusYears(40).isBefore(on)) {
                        fit.add(p);
                    }
                }
                if (!fit.isEmpty()) {
                    Person chosen = fit.get(random.nextInt(Math.min(fit.size(), 8)));
                    used.add(chosen.id);
                    return chosen;
                }
            }
            throw new IllegalStateException("no one left to seat in " + u.name);
        }

        private void writeAppointments() throws SQLException {
            // The ids were counted up from one nextval: move the sequence past them, or the next
            // appointment made through the API would be given one of them.
            try (PreparedStatement s = connection.prepareStatement("select setval(pg_get_serial_sequence('appointment', 'id'),"
                    + " greatest(?, nextval(pg_get_serial_sequence('appointment', 'id'))))")) {
                s.setLong(1, nextAppointment);
                s.execute();
            }
            try (PreparedStatement s = connection.prepareStatement("insert into appointment (id, committee_id, org_unit_id, org_path, role,"
                    + " volunteer_id, volunteer_name, kind, started_on, ended_on, end_reason, replaces_id, created_at, created_by, ended_at, ended_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] row : appointments) {
                    s.setLong(1, (long) row[0]);
                    s.setLong(2, (long) row[1]);
                    s.setLong(3, (long) row[2]);
                    s.setString(4, (String) row[3]);
                    s.setString(5, (String) row[4]);
                    s.setLong(6, (long) row[5]);
                    s.setString(7, (String) row[6]);
                    s.setString(8, (String) row[7]);
                    s.setDate(9, Date.valueOf((LocalDate) row[8]));
                    s.setObject(10, row[9] == null ? null : Date.valueOf((LocalDate) row[9]), Types.DATE);
                    s.setString(11, (String) row[10]);
                    s.setObject(12, row[11], Types.BIGINT);
                    s.setTimestamp(13, at((LocalDate) row[8]));
                    s.setString(14, BY);
                    s.setTimestamp(15, row[9] == null ? null : at((LocalDate) row[9]));
                    s.setString(16, row[9] == null ? null : BY);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        private void writeAdjustments(List<Object[]> flows) throws SQLException {
            long[] assessmentIds = nextIds("assessment", flows.size());
            try (PreparedStatement a = connection.prepareStatement("insert into assessment (id, appointment_id, org_path, year, rating, notes,"
                    + " assessed_at, assessed_by) values (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement j = connection.prepareStatement("insert into adjustment (appointment_id, committee_id, org_unit_id, org_path,"
                         + " assessment_id, status, reasons, proposed_at, proposed_by, consulted_on, consulted_with, consultation_outcome,"
                         + " consultation_at, consultation_by, decision, decision_notes, decided_at, decided_by, successor_appointment_id,"
                         + " completed_on, completed_at, completed_by) values (?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, 'AGREED', ?, ?,"
                         + " 'APPROVED', ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < flows.size(); i++) {
                    Object[] f = flows.get(i);
                    Unit u = (Unit) f[0];
                    long holder = (long) f[1];
                    long successor = (long) f[2];
                    LocalDate on = (LocalDate) f[3];
                    LocalDate assessed = on.minusDays(75);
                    a.setLong(1, assessmentIds[i]);
                    a.setLong(2, holder);
                    a.setString(3, u.path);
                    a.setInt(4, assessed.getYear() - 1);
                    a.setString(5, i % 3 == 0 ? "BASICALLY_COMPETENT" : "INCOMPETENT");
                    a.setString(6, "不动脑、不想事、敷衍塞责");
                    a.setTimestamp(7, at(assessed));
                    a.setString(8, BY);
                    a.addBatch();
                    Unit township = u.parentId == null ? u : byId.getOrDefault(u.parentId, u);
                    j.setLong(1, holder);
                    j.setLong(2, teamOf.get(u.id));
                    j.setLong(3, u.id);
                    j.setString(4, u.path);
                    j.setLong(5, assessmentIds[i]);
                    j.setString(6, "年度考核" + (i % 3 == 0 ? "基本称职" : "不称职") + "，工作不主动，群众反映较多");
                    j.setTimestamp(7, at(on.minusDays(60)));
                    j.setString(8, BY);
                    j.setDate(9, Date.valueOf(on.minusDays(30)));
                    j.setString(10, township.name + "党委");
                    j.setTimestamp(11, at(on.minusDays(30)));
                    j.setString(12, BY);
                    j.setString(13, "经征求乡镇党委意见，同意调整");
                    j.setTimestamp(14, at(on.minusDays(10)));
                    j.setString(15, BY);
                    j.setLong(16, successor);
                    j.setDate(17, Date.valueOf(on));
                    j.setTimestamp(18, at(on));
                    j.setString(19, BY);
                    j.addBatch();
                }
                a.executeBatch();
                j.executeBatch();
            }
        }

        private long[] nextIds(String table, int count) throws SQLException {
            long[] ids = new long[count];
            try (PreparedStatement s = connection.prepareStatement("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
                s.setString(1, table);
                s.setInt(2, count);
                try (ResultSet rs = s.executeQuery()) {
                    for (int i = 0; rs.next(); i++) {
                        ids[i] = rs.getLong(1);
                    }
                }
            }
            return ids;
        }

        /** The i-th of n days spread evenly between two dates. */
        private static LocalDate spread(int i, int n, LocalDate from, LocalDate to) {
            long span = java.time.temporal.ChronoUnit.DAYS.between(from, to);
            return from.plusDays(span * i / Math.max(1, n - 1));
        }

        private static Timestamp at(LocalDate day) {
            return Timestamp.from(day.atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
        }
    }
}
