package cn.ggw.rules;

import cn.ggw.demo.DemoDistrict;
import cn.ggw.demo.DemoLine;
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
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo rulebook of 洮北区, as the seed report tells it: 16 rules in three versions (first set April 2009,
 * revised in 2011 and July 2013), each version sent down in a bulletin 《情况反映》 with the receipts of every unit
 * below the district (all acknowledged but a few villages for the 2013 issue), five years of monthly meeting
 * minutes and quarterly study sessions of the townships and streets (长庆街道 and 铁东街道 every month, the others
 * with gaps), and the finished 2013 inspection round. Rule texts are plausible, not the district's own.
 * Deterministic; written with JDBC batches; all or nothing.
 */
@ApplicationScoped
public class DemoRules implements DemoLine {

    static final LocalDate[] VERSION_DAYS = {LocalDate.of(2009, 4, 1), LocalDate.of(2011, 3, 1), LocalDate.of(2013, 7, 1)};
    private static final String[] ISSUES = {"2009-3", "2011-2", "2013-7"};
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String BY = "demo-data";
    private static final String BASE = "TOWNSHIP,STREET,DEPARTMENT,VILLAGE,COMMUNITY";
    private static final String UPPER = "TOWNSHIP,STREET";

    /** code, title, category, applies to, obligation kind, frequency. */
    static final String[][] RULES = {
            {"GZ-01", "工作制度", "WORK", BASE, null, null},
            {"XX-01", "学习制度", "STUDY", UPPER, "STUDY", "QUARTERLY"},
            {"LH-01", "例会制度", "MEETING", UPPER, "MEETING", "MONTHLY"},
            {"QJ-01", "请假制度", "LEAVE", BASE, null, null},
            {"ZS-01", "自身建设制度", "SELF_BUILDING", BASE, null, null},
            {"DY-01", "调查研究制度", "WORK", UPPER, null, null},
            {"XB-01", "信息报送制度", "WORK", BASE, null, null},
            {"DA-01", "档案管理制度", "SELF_BUILDING", BASE, null, null},
            {"WL-01", "五老登记管理制度", "WORK", BASE, null, null},
            {"LX-01", "联系帮扶制度", "WORK", BASE, null, null},
            {"PX-01", "培训制度", "STUDY", UPPER, null, null},
            {"KH-01", "考核评比制度", "OTHER", UPPER, null, null},
            {"BZ-01", "表彰奖励制度", "OTHER", UPPER, null, null},
            {"CW-01", "财务管理制度", "SELF_BUILDING", UPPER, null, null},
            {"WB-01", "网吧义务监督制度", "WORK", BASE, null, null},
            {"GA-01", "关爱帮扶制度", "WORK", BASE, null, null}};

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String describe() {
        return "demo rulebook (16 rules in 3 versions, 3 bulletins with receipts, meeting minutes 2009–2013, the 2013 inspection)";
    }

    @Override
    @Transactional
    public int load() {
        String root = DemoDistrict.districtPath(em).orElse(null);
        if (root == null) {
            return 0;
        }
        long existing = ((Number) em.createNativeQuery("select count(*) from rule where owner_path = ?1").setParameter(1, root)
                .getSingleResult()).longValue();
        return existing > 0 ? 0 : loadInto(root);
    }

    /** Writes the demo rulebook of the unit at this path (tests use their own district). */
    @Transactional
    public int loadInto(String rootPath) {
        int[] written = {0};
        em.unwrap(Session.class).doWork(c -> written[0] = new Generator(c, rootPath).run());
        return written[0];
    }

    /** Clauses of one rule in one version: the later versions reword a clause and add one. */
    static List<String[]> clauses(String title, int version) {
        List<String[]> c = new ArrayList<>();
        c.add(new String[] {"第一条", "为加强和规范关心下一代工作，根据《中国关心下一代工作委员会章程》，结合我区实际，制定" + title + "。"});
        c.add(new String[] {"第二条", switch (title) {
            case "例会制度" -> version == 1 ? "乡镇（街道）关工委每月召开一次例会，通报情况，研究工作。"
                    : "乡镇（街道）关工委每月召开一次例会，通报情况，研究部署下月工作，会议须有记录。";
            case "学习制度" -> "乡镇（街道）关工委每季度至少组织一次集中学习，学习党的路线方针政策和关心下一代工作业务知识。";
            default -> "各级关工委要认真执行本制度，常务副主任负责具体落实。";
        }});
        c.add(new String[] {"第三条", version < 3 ? "执行情况列入年终检查内容。" : "执行情况列入年终检查内容，检查结果在全区通报。"});
        if (version >= 2) {
            c.add(new String[] {"第四条", "各单位要将本制度上墙公示，接受监督。"});
        }
        if (version >= 3) {
            c.add(new String[] {"第五条", "本制度自印发之日起施行，由区关工委负责解释。"});
        }
        return c;
    }

    static String bodyJson(String title, int version) {
        StringBuilder json = new StringBuilder("{\"blocks\":[");
        List<String[]> clauses = clauses(title, version);
        for (int i = 0; i < clauses.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"CLAUSE\",\"number\":\"").append(clauses.get(i)[0])
                    .append("\",\"text\":\"").append(clauses.get(i)[1]).append("\"}");
        }
        return json.append("]}").toString();
    }

    /** Whether a township or street held its meeting (or study) in a month: 长庆 and 铁东 always, the others with gaps. */
    static boolean held(String name, long unitId, LocalDate month, int salt) {
        if (name.startsWith("长庆") || name.startsWith("铁东")) {
            return true;
        }
        long h = (unitId * 31 + month.getYear() * 12L + month.getMonthValue()) * 2654435761L + salt;
        return Math.floorMod(h, 9) != 0;
    }

    private record Unit(long id, String path, String kind, String name) {
    }

    private static final class Generator {

        private final Connection c;
        private final String rootPath;
        private final List<Unit> below = new ArrayList<>();
        private long rootId;
        private int written;

        Generator(Connection c, String rootPath) {
            this.c = c;
            this.rootPath = rootPath;
        }

        int run() throws SQLException {
            Subtree subtree = Subtree.of(rootPath);
            try (PreparedStatement s = c.prepareStatement("select id, org_path, kind, name from org_unit where active and "
                    + subtree.jdbc("org_path") + " order by org_path")) {
                subtree.bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Unit u = new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                        if (u.path.equals(rootPath)) {
                            rootId = u.id;
                        } else {
                            below.add(u);
                        }
                    }
                }
            }
            long[] ruleIds = rules();
            bulletins();
            evidence(ruleIds);
            inspection(ruleIds);
            return written;
        }

        private long[] rules() throws SQLException {
            long[] ids = new long[RULES.length];
            try (PreparedStatement rule = c.prepareStatement("insert into rule (owner_unit_id, owner_path, code, sort_order, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, ?) returning id");
                 PreparedStatement version = c.prepareStatement("""
                         insert into rule_version (rule_id, owner_path, number, status, title, category, body, applies_to, obligation_kind,
                             obligation_frequency, obligation_evidence, change_note, effective_from, effective_to, published_at, published_by,
                             created_at, created_by, updated_at, updated_by)
                         values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < RULES.length; i++) {
                    String[] r = RULES[i];
                    rule.setLong(1, rootId);
                    rule.setString(2, rootPath);
                    rule.setString(3, r[0]);
                    rule.setInt(4, i + 1);
                    rule.setTimestamp(5, at(VERSION_DAYS[0].minusDays(20)));
                    rule.setString(6, BY);
                    try (ResultSet rs = rule.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                    written++;
                    for (int v = 1; v <= 3; v++) {
                        LocalDate from = VERSION_DAYS[v - 1];
                        version.setLong(1, ids[i]);
                        version.setString(2, rootPath);
                        version.setInt(3, v);
                        version.setString(4, v == 3 ? "PUBLISHED" : "SUPERSEDED");
                        version.setString(5, r[1]);
                        version.setString(6, r[2]);
                        version.setString(7, bodyJson(r[1], v));
                        version.setString(8, r[3]);
                        version.setString(9, r[4]);
                        version.setString(10, r[5]);
                        version.setString(11, r[4] == null ? null : "MEETING".equals(r[4]) ? "会议记录（时间、参会人员、议题、决定）和照片" : "学习记录和照片");
                        version.setString(12, v == 1 ? null : v == 2 ? "2011年修订：增加制度上墙要求" : "2013年7月修订：检查结果全区通报");
                        version.setDate(13, Date.valueOf(from));
                        version.setDate(14, v == 3 ? null : Date.valueOf(VERSION_DAYS[v]));
                        version.setTimestamp(15, at(from.minusDays(10)));
                        version.setString(16, BY);
                        version.setTimestamp(17, at(from.minusDays(30)));
                        version.setString(18, BY);
                        version.setTimestamp(19, at(from.minusDays(10)));
                        version.setString(20, BY);
                        version.addBatch();
                        written++;
                    }
                }
                version.executeBatch();
            }
            return ids;
        }

        private void bulletins() throws SQLException {
            try (PreparedStatement b = c.prepareStatement("insert into bulletin (sender_unit_id, owner_path, year, issue_no, title, body,"
                    + " recipient_count, sent_at, sent_by) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id");
                 PreparedStatement r = c.prepareStatement("insert into bulletin_receipt (bulletin_id, org_unit_id, org_path, acknowledged_at,"
                         + " acknowledged_by) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ISSUES.length; i++) {
                    String[] issue = ISSUES[i].split("-");
                    LocalDate sent = VERSION_DAYS[i].plusDays(7);
                    b.setLong(1, rootId);
                    b.setString(2, rootPath);
                    b.setInt(3, Integer.parseInt(issue[0]));
                    b.setInt(4, Integer.parseInt(issue[1]));
                    b.setString(5, i == 0 ? "关于印发《洮北区关工委规章制度》的通知" : "关于印发修订后的《洮北区关工委规章制度》的通知");
                    b.setString(6, "{\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"现将" + (i == 0 ? "" : "修订后的")
                            + "《洮北区关工委规章制度》（16项）印发给你们，请认真贯彻执行，制度上墙，并于收到后签收。\"}]}");
                    b.setInt(7, below.size());
                    b.setTimestamp(8, at(sent));
                    b.setString(9, BY);
                    long id;
                    try (ResultSet rs = b.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    written++;
                    int n = 0;
                    for (Unit u : below) {
                        // The 2013 issue: every fifteenth village has not acknowledged yet.
                        boolean pending = i == 2 && u.kind.equals("VILLAGE") && n++ % 15 == 7;
                        r.setLong(1, id);
                        r.setLong(2, u.id);
                        r.setString(3, u.path);
                        r.setTimestamp(4, pending ? null : at(sent.plusDays(1 + Math.floorMod(u.id, 9))));
                        r.setString(5, pending ? null : u.name + "关工委");
                        r.addBatch();
                        written++;
                    }
                    r.executeBatch();
                }
            }
        }

        private void evidence(long[] ruleIds) throws SQLException {
            long study = ruleIds[1];
            long meeting = ruleIds[2];
            try (PreparedStatement e = c.prepareStatement("insert into rule_evidence (rule_id, org_unit_id, org_path, held_on, title,"
                    + " attendees, topics, decisions, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Unit u : below) {
                    if (!u.kind.equals("TOWNSHIP") && !u.kind.equals("STREET")) {
                        continue;
                    }
                    for (LocalDate month = VERSION_DAYS[0]; month.getYear() <= 2013; month = month.plusMonths(1)) {
                        if (held(u.name, u.id, month, 1)) {
                            LocalDate day = month.withDayOfMonth(3 + Math.floorMod(u.id + month.getMonthValue(), 6));
                            add(e, meeting, u, day, month.getMonthValue() + "月份例会", "传达上级会议精神，研究部署下月工作",
                                    "各村（社区）按时上报工作情况");
                        }
                        if (month.getMonthValue() % 3 == 0 && held(u.name, u.id, month, 2)) {
                            add(e, study, u, month.withDayOfMonth(20), "第" + month.getMonthValue() / 3 + "季度集中学习",
                                    "学习关心下一代工作业务知识", null);
                        }
                    }
                }
                e.executeBatch();
            }
        }

        private void add(PreparedStatement e, long rule, Unit u, LocalDate day, String title, String topics, String decisions)
                throws SQLException {
            e.setLong(1, rule);
            e.setLong(2, u.id);
            e.setString(3, u.path);
            e.setDate(4, Date.valueOf(day));
            e.setString(5, title);
            e.setString(6, "主任、常务副主任及委员");
            e.setString(7, topics);
            e.setString(8, decisions);
            e.setTimestamp(9, at(day.plusDays(1)));
            e.setString(10, BY);
            e.addBatch();
            written++;
        }

        private void inspection(long[] ruleIds) throws SQLException {
            long round;
            try (PreparedStatement s = c.prepareStatement("insert into inspection_round (owner_unit_id, owner_path, year, title, max_score,"
                    + " status, finalised_at, finalised_by, created_at, created_by) values (?, ?, 2013, '2013年度规章制度执行情况年终检查', 10,"
                    + " 'FINAL', ?, ?, ?, ?) returning id")) {
                s.setLong(1, rootId);
                s.setString(2, rootPath);
                s.setTimestamp(3, at(LocalDate.of(2014, 1, 15)));
                s.setString(4, BY);
                s.setTimestamp(5, at(LocalDate.of(2013, 12, 20)));
                s.setString(6, BY);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    round = rs.getLong(1);
                }
                written++;
            }
            try (PreparedStatement s = c.prepareStatement("insert into inspection_score (round_id, org_unit_id, org_path, rule_id, score,"
                    + " findings, scored_at, scored_by) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Unit u : below) {
                    if (!u.kind.equals("TOWNSHIP") && !u.kind.equals("STREET")) {
                        continue;
                    }
                    boolean model = u.name.startsWith("长庆") || u.name.startsWith("铁东");
                    boolean weak = n++ == 7;
                    int meetings = 0;
                    for (LocalDate m = LocalDate.of(2013, 1, 1); m.getYear() == 2013; m = m.plusMonths(1)) {
                        meetings += held(u.name, u.id, m, 1) ? 1 : 0;
                    }
                    for (int i = 0; i < ruleIds.length; i++) {
                        int score = model ? 10 : weak ? 3 + Math.floorMod(u.id + i, 4) : 7 + Math.floorMod(u.id * 7 + i, 4);
                        if (i == 2) {
                            score = Math.round(10f * meetings / 12);
                        }
                        s.setLong(1, round);
                        s.setLong(2, u.id);
                        s.setString(3, u.path);
                        s.setLong(4, ruleIds[i]);
                        s.setInt(5, Math.min(10, score));
                        s.setString(6, i == 2 ? "全年召开例会" + meetings + "次（应开12次）" : model ? "制度健全，执行到位" : null);
                        s.setTimestamp(7, at(LocalDate.of(2013, 12, 28)));
                        s.setString(8, BY);
                        s.addBatch();
                        written++;
                    }
                }
                s.executeBatch();
            }
        }

        private static Timestamp at(LocalDate day) {
            return Timestamp.from(day.atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
        }
    }
}
