package cn.ggw.demo;

import cn.ggw.volunteers.IdNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The district's 7,845 五老 (the report's figure), generated: invented names, and ID numbers that
 * pass the GB 11643 check but carry the region code 229999, which no place has — clearly fake.
 * Spread over the villages, communities and district departments of the demo district.
 */
@ApplicationScoped
public class DemoVolunteers {

    static final int COUNT = 7_845;
    static final String FAKE_REGION = "229999";

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
            "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓"};
    private static final String[] GIVEN = {"建国", "建华", "国庆", "淑芬", "秀英", "玉兰", "桂兰", "志强", "德明", "文华", "玉珍", "凤英",
            "振华", "秀兰", "永福", "长林", "春生", "金山", "丽华", "宝山", "秀珍", "树林", "海青", "明远", "淑珍", "庆余", "占山", "福林"};
    private static final String[] CATEGORIES = {"CADRE", "VETERAN", "EXPERT", "TEACHER", "MODEL"};
    private static final String[] AREAS = {"CARE", "MORAL_EDUCATION", "INTERNET_CAFE_SUPERVISION", "COMMITTEE_POST",
            "LEGAL_EDUCATION", "FAMILY_EDUCATION", "OTHER"};
    private static final String[] EMPLOYERS = {"区教育局", "区人民医院", "区供销社", "区粮食局", "区农机站", "第三中学", "铁路工务段", "区武装部"};
    private static final String[] POSTS = {"科长", "校长", "教师", "主任", "会计", "技术员", "村支书", "干部"};

    @Inject
    EntityManager em;

    /** Loads the volunteers into an empty register; returns how many were added. */
    @Transactional
    public int load() {
        long existing = ((Number) em.createNativeQuery("select count(*) from volunteer").getSingleResult()).longValue();
        if (existing > 0) {
            return 0;
        }
        int[] added = {0};
        em.unwrap(Session.class).doWork(connection -> added[0] = insert(connection));
        return added[0];
    }

    private static int insert(Connection connection) throws SQLException {
        List<long[]> homes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select id, org_path, name, kind from org_unit"
                     + " where active and kind in ('VILLAGE', 'COMMUNITY', 'DEPARTMENT') order by id")) {
            while (rs.next()) {
                homes.add(new long[] {rs.getLong(1)});
                paths.add(rs.getString(2));
                names.add(rs.getString(3));
                // Departments hold the retired cadres of the district offices; villages the most people.
                weights.add(switch (rs.getString(4)) {
                    case "DEPARTMENT" -> 6;
                    case "COMMUNITY" -> 2;
                    default -> 3;
                });
            }
        }
        if (homes.isEmpty()) {
            return 0;
        }
        int totalWeight = weights.stream().mapToInt(Integer::intValue).sum();
        Random random = new Random(7845);
        Set<String> ids = new HashSet<>();
        LocalDate today = LocalDate.now(IdNumber.CHINA);
        try (PreparedStatement v = connection.prepareStatement("""
                insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, phone, address, categories,
                  former_employer, former_post, retirement_type, health, activity_areas, status, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-data', 'demo-data')""", Statement.RETURN_GENERATED_KEYS)) {
            List<String[]> statusRows = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                int home = pick(random, weights, totalWeight);
                LocalDate birth = LocalDate.of(1934 + random.nextInt(37), 1 + random.nextInt(12), 1 + random.nextInt(28));
                boolean male = random.nextInt(100) < 62;
                String idNumber;
                do {
                    int order = random.nextInt(500) * 2 + (male ? 1 : 0);
                    String first17 = FAKE_REGION + birth.toString().replace("-", "") + String.format("%03d", order);
                    idNumber = first17 + IdNumber.checkChar(first17);
                } while (!ids.add(idNumber));
                String status = status(random, birth, today);
                v.setLong(1, homes.get(home)[0]);
                v.setString(2, paths.get(home));
                v.setString(3, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
                v.setString(4, idNumber);
                v.setString(5, male ? "MALE" : "FEMALE");
                v.setDate(6, Date.valueOf(birth));
                v.setString(7, "13" + (100_000_000 + random.nextInt(900_000_000)));
                v.setString(8, names.get(home) + (1 + random.nextInt(12)) + "组");
                v.setArray(9, array(connection, pickSome(random, CATEGORIES, 1 + (random.nextInt(4) == 0 ? 1 : 0))));
                v.setString(10, EMPLOYERS[random.nextInt(EMPLOYERS.length)]);
                v.setString(11, POSTS[random.nextInt(POSTS.length)]);
                v.setString(12, birth.getYear() < 1940 ? "LIXIU" : random.nextInt(10) == 0 ? "EARLY_RETIRED" : "TUIXIU");
                v.setString(13, random.nextInt(5) == 0 ? "慢性病，需定期随访" : "良好");
                v.setArray(14, array(connection, "REGISTERED".equals(status) ? new String[0] : pickSome(random, AREAS, 1 + random.nextInt(2))));
                v.setString(15, status);
                v.addBatch();
                statusRows.add(new String[] {status, paths.get(home)});
                if (i % 1000 == 999) {
                    v.executeBatch();
                }
            }
            v.executeBatch();
        }
        // The funnel's history: registered by the census, then the visit that moved each person on.
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("""
                    insert into volunteer_status_change (volunteer_id, org_path, from_status, to_status, changed_at, changed_by, note)
                    select id, org_path, null, 'REGISTERED', now() - interval '400 days', 'demo-data', '据组织部、人事局名单登记造册' from volunteer""");
            s.executeUpdate("""
                    insert into volunteer_status_change (volunteer_id, org_path, from_status, to_status, changed_at, changed_by, note)
                    select id, org_path, 'REGISTERED', status, now() - interval '200 days', 'demo-data', '登门走访' from volunteer
                     where status <> 'REGISTERED'""");
        }
        return COUNT;
    }

    private static String status(Random random, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(100);
        if (birth.isBefore(today.minusYears(85)) && roll < 15) {
            return "DECEASED";
        }
        if (roll < 62) {
            return "ACTIVE";
        }
        if (roll < 77) {
            return "CONTACTED";
        }
        if (roll < 88) {
            return "REGISTERED";
        }
        return roll < 96 ? "INACTIVE" : "WITHDRAWN";
    }

    private static int pick(Random random, List<Integer> weights, int total) {
        int r = random.nextInt(total);
        for (int i = 0; i < weights.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    private static String[] pickSome(Random random, String[] from, int count) {
        Set<String> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return chosen.toArray(String[]::new);
    }

    private static Array array(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }
}
