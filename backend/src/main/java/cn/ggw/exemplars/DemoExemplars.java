package cn.ggw.exemplars;

import cn.ggw.demo.DemoDistrict;
import cn.ggw.demo.DemoLine;
import cn.ggw.documents.RichText.Block;
import cn.ggw.documents.RichText;
import cn.ggw.security.Subtree;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed report's 37 exemplars (演示数据, write-ups invented): 11 四自小组 of 2011, one per 乡镇, shared at a
 * district exchange meeting and printed as a booklet; 11 village executive vice-directors of 2012, who all spoke
 * at an exchange meeting with district leaders present; 7 community 关工委 at a forum of community directors;
 * 8 五老 of 2013, all submitted to the city and all taken into its book 《“五老”光彩映后人》.
 */
@ApplicationScoped
public class DemoExemplars implements DemoLine {

    static final String BY = "demo-data";
    static final String BY_NAME = "演示数据";
    static final String CITY_BOOK = "《“五老”光彩映后人》";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String describe() {
        return "demo exemplars (37: 11 四自小组, 11 executive vice-directors, 7 community committees, 8 五老; meetings, a booklet, the city's book)";
    }

    @Override
    @Transactional
    public int load() {
        long existing = ((Number) em.createNativeQuery("select count(*) from exemplar").getSingleResult()).longValue();
        if (existing > 0) {
            return 0;
        }
        String root = DemoDistrict.districtPath(em).orElse(null);
        return root == null ? 0 : loadInto(root);
    }

    private record Unit(long id, String path, String name, long parentId, String parentName, String parentKind) {
    }

    private record Person(long id, String name, long unitId, String path, String unitName) {
    }

    /** Writes the exemplars for one district (tests use their own); returns how many records were written. */
    @Transactional
    public int loadInto(String rootPath) {
        Subtree district = Subtree.of(rootPath);
        long rootId = Long.parseLong(rootPath.contains(".") ? rootPath.substring(rootPath.lastIndexOf('.') + 1) : rootPath);
        List<Unit> villages = firstChildren(district, "TOWNSHIP", "VILLAGE", 0);
        List<Unit> secondVillages = firstChildren(district, "TOWNSHIP", "VILLAGE", 1);
        List<Unit> communities = firstChildren(district, "STREET", "COMMUNITY", 0);
        int written = 0;

        // 2011: 四自小组, one per 乡镇.
        List<Long> fourSelf = new ArrayList<>();
        for (int i = 0; i < Math.min(11, villages.size()); i++) {
            Unit v = villages.get(i);
            fourSelf.add(exemplar(v, "FOUR_SELF_GROUP", 2011, v.name() + "“四自小组”带领青年农民学技术闯市场", v.name() + "四自小组", null,
                    fourSelfBody(v), LocalDate.of(2011, 4, 12 + i % 10), LocalDate.of(2011, 9, 20), true));
        }
        meeting(rootId, rootPath, "全区“四自小组”经验交流会", LocalDate.of(2011, 11, 18), "区政府三楼会议室",
                "区委副书记、区关工委主任，区关工委常务副主任", fourSelf);
        booklet(rootId, rootPath, "洮北区“四自小组”典型经验汇编", LocalDate.of(2011, 12, 20), fourSelf);
        written += fourSelf.size() + 2;

        // 2012: executive vice-directors of village committees, who all spoke at the meeting.
        List<Long> executives = new ArrayList<>();
        for (int i = 0; i < Math.min(11, secondVillages.size()); i++) {
            Unit v = secondVillages.get(i);
            Person p = executiveOf(v, LocalDate.of(2012, 3, 1));
            String name = p == null ? v.name() + "常务副主任" : p.name();
            executives.add(exemplar(v, "EXECUTIVE_VICE_DIRECTOR", 2012, name + "：扎根村屯的关工委“当家人”", name,
                    p == null ? null : p.id(), executiveBody(v, name), LocalDate.of(2012, 3, 5 + i), LocalDate.of(2012, 8, 28), true));
        }
        meeting(rootId, rootPath, "全区村关工委常务副主任经验交流会", LocalDate.of(2012, 10, 26), "区委党校报告厅",
                "区委副书记、区关工委主任，区人大、区政协分管领导", executives);
        written += executives.size() + 1;

        // 2012: community 关工委 ("五好"), shared at a forum of community directors.
        List<Long> community = new ArrayList<>();
        for (int i = 0; i < Math.min(7, communities.size()); i++) {
            Unit c = communities.get(i);
            community.add(exemplar(c, "COMMUNITY_COMMITTEE", 2012, c.parentName() + c.name() + "关工委创建“五好”基层组织", c.name() + "关工委", null,
                    communityBody(c), LocalDate.of(2012, 4, 9 + i), LocalDate.of(2012, 6, 5), true));
        }
        meeting(rootId, rootPath, "全区社区关工委主任座谈会", LocalDate.of(2012, 6, 15), "区关工委会议室", "区关工委常务副主任", community);
        written += community.size() + 1;

        // 2013: 五老, all eight submitted to the city and taken into its book.
        List<Long> elders = new ArrayList<>();
        for (Person p : fiveElders(district, 8)) {
            long id = exemplar(new Unit(p.unitId(), p.path(), p.unitName(), 0, "", ""), "FIVE_ELDERS", 2013,
                    p.name() + "：老有所为 情系下一代", p.name(), p.id(), elderBody(p), LocalDate.of(2013, 3, 18), LocalDate.of(2013, 6, 28),
                    units(p.path()));
            submitAndAdopt(id, p.path(), LocalDate.of(2013, 7, 10), LocalDate.of(2013, 11, 25));
            elders.add(id);
        }
        meeting(rootId, rootPath, "全区“五老”先进事迹报告会", LocalDate.of(2013, 9, 12), "区文化馆", "区委书记，区关工委主任", elders);
        written += elders.size() + 1;
        return written;
    }

    // ---- writing ------------------------------------------------------------------------------

    private long exemplar(Unit unit, String category, int year, String title, String subject, Long volunteerId, RichText body,
                          LocalDate nominated, LocalDate approved, boolean townshipReview) {
        OffsetDateTime nominatedAt = at(nominated, 9);
        OffsetDateTime approvedAt = at(approved, 15);
        long id = ((Number) em.createNativeQuery("""
                        insert into exemplar (org_unit_id, org_path, nominating_unit_id, category, year, title, subject_name, volunteer_id,
                                              body, status, township_review, nominated_at, nominated_by, approved_at, updated_at, updated_by)
                        values (?1, ?2, ?1, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), 'APPROVED', ?9, ?10, ?11, ?12, ?12, ?11) returning id""")
                .setParameter(1, unit.id()).setParameter(2, unit.path()).setParameter(3, category).setParameter(4, year)
                .setParameter(5, title).setParameter(6, subject).setParameter(7, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.LONG, volunteerId)).setParameter(8, toJson(body))
                .setParameter(9, townshipReview).setParameter(10, nominatedAt).setParameter(11, BY).setParameter(12, approvedAt)
                .getSingleResult()).longValue();
        step(id, unit.path(), "NOMINATE", null, null, townshipReview ? "SUBMITTED" : "FORWARDED", null, nominatedAt);
        if (townshipReview) {
            step(id, unit.path(), "FORWARD", "TOWNSHIP", "SUBMITTED", "FORWARDED", "事迹属实，同意报区。", at(nominated.plusDays(20), 10));
        }
        step(id, unit.path(), "APPROVE", "DISTRICT", "FORWARDED", "APPROVED", "经区关工委审核，确定为典型。", approvedAt);
        return id;
    }

    private void step(long exemplarId, String path, String action, String level, String from, String to, String comment, OffsetDateTime at) {
        em.createNativeQuery("""
                        insert into exemplar_step (exemplar_id, org_path, action, level, from_status, to_status, comment, acted_at, acted_by, acted_by_name)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, exemplarId).setParameter(2, path).setParameter(3, action).setParameter(4, level)
                .setParameter(5, from).setParameter(6, to).setParameter(7, comment).setParameter(8, at)
                .setParameter(9, BY).setParameter(10, BY_NAME).executeUpdate();
    }

    private long meeting(long unitId, String path, String title, LocalDate heldOn, String place, String leaders, List<Long> exemplars) {
        long id = ((Number) em.createNativeQuery("""
                        insert into exchange_meeting (org_unit_id, org_path, title, held_on, place, leaders, minutes, created_at, created_by, updated_at, updated_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9) returning id""")
                .setParameter(1, unitId).setParameter(2, path).setParameter(3, title).setParameter(4, heldOn).setParameter(5, place)
                .setParameter(6, leaders).setParameter(7, "（演示数据）会上" + exemplars.size() + "个典型作了交流发言，与会领导作了讲话。")
                .setParameter(8, at(heldOn, 9)).setParameter(9, BY).getSingleResult()).longValue();
        for (int i = 0; i < exemplars.size(); i++) {
            em.createNativeQuery("insert into exchange_meeting_exemplar (meeting_id, exemplar_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, exemplars.get(i)).setParameter(3, i).executeUpdate();
            String exemplarPath = (String) em.createNativeQuery("select org_path from exemplar where id = ?1")
                    .setParameter(1, exemplars.get(i)).getSingleResult();
            step(exemplars.get(i), exemplarPath, "PRESENT", null, "APPROVED", "APPROVED", title + "（" + heldOn + "）", at(heldOn, 11));
        }
        return id;
    }

    private void booklet(long unitId, String path, String title, LocalDate issuedOn, List<Long> exemplars) {
        long id = ((Number) em.createNativeQuery("""
                        insert into booklet (org_unit_id, org_path, title, foreword, issuer, issued_on, created_at, created_by, updated_at, updated_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8) returning id""")
                .setParameter(1, unitId).setParameter(2, path).setParameter(3, title)
                .setParameter(4, "（演示数据）为总结推广全区“四自小组”带领青年农民“两学一创”的经验，现将各乡镇推荐、区关工委审定的典型材料汇编成册，印发各单位学习借鉴。")
                .setParameter(5, "洮北区关心下一代工作委员会").setParameter(6, issuedOn).setParameter(7, at(issuedOn, 9)).setParameter(8, BY)
                .getSingleResult()).longValue();
        for (int i = 0; i < exemplars.size(); i++) {
            em.createNativeQuery("insert into booklet_exemplar (booklet_id, exemplar_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, exemplars.get(i)).setParameter(3, i).executeUpdate();
        }
    }

    private void submitAndAdopt(long id, String path, LocalDate submitted, LocalDate adopted) {
        em.createNativeQuery("""
                        update exemplar set submitted_to_city_on = ?2, submitted_to_city_by = ?3, city_adopted = true, city_decided_on = ?4,
                               city_book = ?5 where id = ?1""")
                .setParameter(1, id).setParameter(2, submitted).setParameter(3, BY).setParameter(4, adopted).setParameter(5, CITY_BOOK)
                .executeUpdate();
        step(id, path, "SUBMIT_TO_CITY", null, "APPROVED", "APPROVED", null, at(submitted, 10));
        step(id, path, "CITY_ADOPTED", null, "APPROVED", "APPROVED", CITY_BOOK, at(adopted, 10));
    }

    // ---- reading the district -------------------------------------------------------------------

    /** The n-th child of the given kind under each parent of the given kind, parents in their order. */
    @SuppressWarnings("unchecked")
    private List<Unit> firstChildren(Subtree district, String parentKind, String childKind, int nth) {
        List<Object[]> rows = district.bind(em.createNativeQuery("""
                select c.id, c.org_path, c.name, p.id, p.name, p.kind from org_unit p join org_unit c on c.parent_id = p.id
                 where %s and p.kind = ?3 and c.kind = ?4 and c.active
                 order by p.sort_order, p.id, c.sort_order, c.id""".formatted(district.sql("p.org_path", 1))), 1)
                .setParameter(3, parentKind).setParameter(4, childKind).getResultList();
        Map<Long, List<Unit>> byParent = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byParent.computeIfAbsent(((Number) r[3]).longValue(), k -> new ArrayList<>()).add(new Unit(((Number) r[0]).longValue(),
                    (String) r[1], (String) r[2], ((Number) r[3]).longValue(), (String) r[4], (String) r[5]));
        }
        return byParent.values().stream().filter(l -> l.size() > nth).map(l -> l.get(nth)).toList();
    }

    private Person executiveOf(Unit village, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select volunteer_id, volunteer_name from appointment
                         where org_unit_id = ?1 and role = 'EXECUTIVE_VICE_DIRECTOR' and started_on <= ?2 and (ended_on is null or ended_on > ?2)
                         order by started_on limit 1""")
                .setParameter(1, village.id()).setParameter(2, on).getResultList();
        return rows.isEmpty() ? null : new Person(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1], village.id(), village.path(), village.name());
    }

    /** Eight 五老 spread over the district's villages and communities, deterministically. */
    @SuppressWarnings("unchecked")
    private List<Person> fiveElders(Subtree district, int n) {
        List<Object[]> rows = district.bind(em.createNativeQuery("""
                select distinct on (v.org_unit_id) v.id, v.name, v.org_unit_id, v.org_path, u.name
                  from volunteer v join org_unit u on u.id = v.org_unit_id
                 where %s and v.status = 'ACTIVE' and u.kind in ('VILLAGE', 'COMMUNITY')
                 order by v.org_unit_id, v.id""".formatted(district.sql("v.org_path", 1))), 1).getResultList();
        List<Person> people = new ArrayList<>();
        if (rows.isEmpty()) {
            return people;
        }
        int stride = Math.max(1, rows.size() / n);
        for (int i = 0; i < rows.size() && people.size() < n; i += stride) {
            Object[] r = rows.get(i);
            people.add(new Person(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4]));
        }
        return people;
    }

    private boolean units(String path) {
        return ((Number) em.createNativeQuery("select count(*) from org_unit where id in (:ids) and kind in ('TOWNSHIP', 'STREET')")
                .setParameter("ids", java.util.Arrays.stream(path.split("\\.")).map(Long::valueOf).toList()).getSingleResult()).longValue() > 0;
    }

    // ---- write-ups (invented) ------------------------------------------------------------------

    private static RichText fourSelfBody(Unit v) {
        return RichText.of(
                Block.heading(1, "基本情况"),
                Block.paragraph("（演示数据）" + v.parentName() + v.name() + "“四自小组”由村里的五名青年农民自愿组成，坚持“自我组织、自我管理、自我教育、自我服务”。"),
                Block.heading(1, "主要做法"),
                Block.paragraph("小组在村关工委和五老指导下开展“两学一创”：学政治理论、学科技知识，创致富门路。每月集中学习一次，请老专家讲大棚种植和养殖技术。"),
                Block.heading(1, "取得成效"),
                Block.paragraph("两年来带动本村三十余户青年发展庭院经济，户均增收四千余元，成为全村青年学习致富的榜样。"));
    }

    private static RichText executiveBody(Unit v, String name) {
        return RichText.of(
                Block.heading(1, "基本情况"),
                Block.paragraph("（演示数据）" + name + "同志任" + v.parentName() + v.name() + "关工委常务副主任以来，把关心下一代工作当作晚年的事业。"),
                Block.heading(1, "主要事迹"),
                Block.paragraph("他组织五老结对帮扶留守儿童，建起村校外辅导站，寒暑假天天开门；协调村两委落实活动场所和经费。"),
                Block.paragraph("在他的带动下，村关工委班子健全、制度落实、活动经常，连续三年被评为先进基层组织。"));
    }

    private static RichText communityBody(Unit c) {
        return RichText.of(
                Block.heading(1, "“五好”建设情况"),
                Block.paragraph("（演示数据）" + c.parentName() + c.name() + "关工委按照领导班子好、五老队伍好、工作制度好、活动阵地好、工作效果好的标准开展创建。"),
                Block.heading(1, "特色工作"),
                Block.paragraph("依托社区活动室办起“四点半课堂”，组织五老志愿者开展法制教育、心理疏导和家庭教育讲座，辖区青少年违法犯罪率逐年下降。"));
    }

    private static RichText elderBody(Person p) {
        return RichText.of(
                Block.heading(1, "人物简介"),
                Block.paragraph("（演示数据）" + p.name() + "，" + p.unitName() + "五老志愿者，退休后一直热心关心下一代工作。"),
                Block.heading(1, "先进事迹"),
                Block.paragraph("十余年来义务为青少年讲传统、讲革命故事上百场，资助困难学生二十余名，帮教失足青少年多人重返正途。"),
                Block.paragraph("他常说：“只要孩子们需要，我就一直干下去。”"));
    }

    private String toJson(RichText body) {
        try {
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), CHINA);
    }
}
