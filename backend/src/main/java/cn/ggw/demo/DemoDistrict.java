package cn.ggw.demo;

import cn.ggw.accounts.AccountService;
import cn.ggw.fleet.ClusterLocks;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.hierarchy.OrgUnitRepository;
import cn.ggw.security.ScopeFilter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo district: 洮北区 (220802) under its city 白城市 (220800), with its real 10 街道 and 11 乡镇, a few
 * 区直部门, 147 generated villages under the 乡镇 and generated communities under the 街道. The city level
 * is there for the city system: its token (unit 220800) reads the district through the same calls as a
 * city with several districts would. Village and community
 * names are invented (marked as demo data in the UI); the district, street and township names are real.
 */
@ApplicationScoped
public class DemoDistrict {

    private static final Logger LOG = Logger.getLogger(DemoDistrict.class);
    private static final String BY = "demo-data";

    static final String CITY_CODE = "220800";
    static final String DISTRICT_CODE = "220802";
    static final List<String> STREETS = List.of("海明", "长庆", "瑞光", "明仁", "铁东", "新立", "幸福", "新华", "城南", "保平");
    static final List<String> TOWNS = List.of("平台镇", "平安镇", "青山镇", "林海镇", "洮河镇", "岭下镇");
    static final List<String> XIANG = List.of("东风乡", "三合乡", "金祥乡", "东胜乡", "德顺蒙古族乡");
    static final List<String> DEPARTMENTS = List.of("区教育局", "区公安分局", "区卫生健康局", "区民政局", "团区委");
    static final int VILLAGES = 147;

    private static final String[] VILLAGE_HEADS = {"红", "新", "永", "东", "西", "南", "北", "胜", "长", "太", "平", "安", "德", "福",
            "兴", "富", "保", "三", "五", "双", "光", "前", "后", "复", "建", "民", "庆", "和", "靖", "宝", "丰", "英"};
    private static final String[] VILLAGE_TAILS = {"星", "发", "安", "丰", "胜", "利", "山", "河", "林", "泉", "岗", "屯", "合",
            "升", "华", "荣", "明", "阳", "旗", "榆"};
    private static final String[] COMMUNITY_NAMES = {"青年", "文化", "光明", "和平", "民主", "团结", "胜利", "站前", "育才", "康宁",
            "春华", "金桥", "锦绣", "兴隆", "振兴", "惠民"};

    @ConfigProperty(name = "ggw.demo-data")
    boolean enabled;

    @Inject
    OrgUnitRepository units;

    @Inject
    AccountService accounts;

    @Inject
    DemoVolunteers demoVolunteers;

    @Inject
    DemoCommittees demoCommittees;

    @Inject
    Instance<DemoLine> lines;

    @Inject
    ClusterLocks locks;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        // Replicas starting together: one loads, the others wait and then find everything there.
        locks.withLock("demo-data", () -> {
            load();
            return null;
        });
    }

    private void load() {
        if (loadHierarchy()) {
            LOG.info("Demo district 洮北区 loaded");
        }
        int volunteers = demoVolunteers.load();
        if (volunteers > 0) {
            LOG.infof("Demo volunteers (五老) loaded: %d", volunteers);
        }
        int teams = demoCommittees.load();
        if (teams > 0) {
            LOG.infof("Demo committee teams (班子) with their history since 2009 loaded: %d", teams);
        }
        for (DemoLine line : lines.stream().sorted(Comparator.comparingInt(DemoLine::order)).toList()) {
            int written = line.load();
            if (written > 0) {
                LOG.infof("Demo data loaded: %s, %d records", line.describe(), written);
            }
        }
        try {
            int adopted = adoptAccounts();
            LOG.infof("Demo accounts adopted from Keycloak: %d", adopted);
        } catch (RuntimeException e) {
            LOG.warnf("Demo accounts not adopted (is Keycloak running?): %s", e.getMessage());
        }
    }

    /** The demo district's path, where the lines' demo data goes; empty before the hierarchy is loaded. */
    public static java.util.Optional<String> districtPath(EntityManager em) {
        return em.createNativeQuery("select org_path from org_unit where code = ?1", String.class)
                .setParameter(1, DISTRICT_CODE).getResultStream().findFirst().map(String.class::cast);
    }

    /** Loads the hierarchy into an empty database; returns false when units exist already. */
    @Transactional
    boolean loadHierarchy() {
        long existing = ((Number) units.getEntityManager().createNativeQuery("select count(*) from org_unit").getSingleResult()).longValue();
        if (existing > 0) {
            return false;
        }
        Random random = new Random(220802);
        OrgUnit city = unit(null, CITY_CODE, "白城市", OrgUnitKind.CITY, 0);
        OrgUnit district = unit(city, DISTRICT_CODE, "洮北区", OrgUnitKind.DISTRICT, 0);
        for (int i = 0; i < STREETS.size(); i++) {
            OrgUnit street = unit(district, DISTRICT_CODE + String.format("%03d", i + 1), STREETS.get(i) + "街道", OrgUnitKind.STREET, 10 * (i + 1));
            int communities = 3 + random.nextInt(4);
            Set<String> names = distinctNames(random, communities, () -> COMMUNITY_NAMES[random.nextInt(COMMUNITY_NAMES.length)] + "社区");
            int n = 1;
            for (String name : names) {
                unit(street, street.code + String.format("%03d", n), name, OrgUnitKind.COMMUNITY, 10 * n);
                n++;
            }
        }
        List<String> townships = new java.util.ArrayList<>(TOWNS);
        townships.addAll(XIANG);
        int villagesLeft = VILLAGES;
        for (int i = 0; i < townships.size(); i++) {
            String code = i < TOWNS.size()
                    ? DISTRICT_CODE + String.format("%03d", 100 + i)
                    : DISTRICT_CODE + String.format("%03d", 200 + i - TOWNS.size());
            OrgUnit township = unit(district, code, townships.get(i), OrgUnitKind.TOWNSHIP, 200 + 10 * i);
            int townshipsLeft = townships.size() - i;
            int villages = (villagesLeft + townshipsLeft - 1) / townshipsLeft;
            villagesLeft -= villages;
            Set<String> names = distinctNames(random, villages,
                    () -> VILLAGE_HEADS[random.nextInt(VILLAGE_HEADS.length)] + VILLAGE_TAILS[random.nextInt(VILLAGE_TAILS.length)] + "村");
            int n = 1;
            for (String name : names) {
                unit(township, township.code + String.format("%03d", 200 + n), name, OrgUnitKind.VILLAGE, 10 * n);
                n++;
            }
        }
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            unit(district, DISTRICT_CODE + String.format("%03d", 901 + i), DEPARTMENTS.get(i), OrgUnitKind.DEPARTMENT, 500 + 10 * i);
        }
        return true;
    }

    /** The demo users live in the realm file; mirror them as accounts. A system job: the scope filter is off on purpose. */
    @ActivateRequestContext
    @Transactional
    int adoptAccounts() {
        units.getEntityManager().unwrap(Session.class).disableFilter(ScopeFilter.NAME);
        return accounts.adopt(path -> true, code -> units.find("code", code).firstResultOptional()
                .map(u -> new VisibleUnit(new OrgUnitRef(u.id, u.code, u.name, u.kind), u.orgPath, u.active))
                .orElse(null));
    }

    private OrgUnit unit(OrgUnit parent, String code, String name, OrgUnitKind kind, int sortOrder) {
        OrgUnit unit = new OrgUnit();
        unit.id = units.nextId();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.parentId = parent == null ? null : parent.id;
        unit.orgPath = parent == null ? String.valueOf(unit.id) : parent.orgPath + "." + unit.id;
        unit.depth = parent == null ? 0 : parent.depth + 1;
        unit.sortOrder = sortOrder;
        unit.createdAt = Instant.now();
        unit.updatedAt = unit.createdAt;
        unit.createdBy = BY;
        unit.updatedBy = BY;
        units.persist(unit);
        return unit;
    }

    private static Set<String> distinctNames(Random random, int count, java.util.function.Supplier<String> next) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(next.get());
        }
        return names;
    }
}
