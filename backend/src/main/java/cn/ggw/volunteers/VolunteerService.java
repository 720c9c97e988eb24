package cn.ggw.volunteers;

import cn.ggw.security.Subtree;
import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Localized;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitSummary;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import cn.ggw.volunteers.VolunteerDtos.AreaCount;
import cn.ggw.volunteers.VolunteerDtos.CategoryCount;
import cn.ggw.volunteers.VolunteerDtos.ChangeVolunteerStatusRequest;
import cn.ggw.volunteers.VolunteerDtos.CreateVolunteerRequest;
import cn.ggw.volunteers.VolunteerDtos.StatusChangeView;
import cn.ggw.volunteers.VolunteerDtos.StatusCount;
import cn.ggw.volunteers.VolunteerDtos.UnitCount;
import cn.ggw.volunteers.VolunteerDtos.UpdateVolunteerRequest;
import cn.ggw.volunteers.VolunteerDtos.VolunteerCounts;
import cn.ggw.volunteers.VolunteerDtos.VolunteerDetail;
import cn.ggw.volunteers.VolunteerDtos.VolunteerInput;
import cn.ggw.volunteers.VolunteerDtos.VolunteerPersonalData;
import cn.ggw.volunteers.VolunteerDtos.VolunteerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The 五老 register: reading the caller's part of it, registering and updating people, moving them through the funnel. */
@ApplicationScoped
public class VolunteerService {

    private static final String ENTITY = "Volunteer";
    /** Younger than this is unusual for a 五老: the user must confirm it. */
    static final int USUAL_MINIMUM_AGE = 50;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    CareRecordRepository careRecords;

    // ---- reading -------------------------------------------------------------------------

    public record ListFilter(Long unitId, VolunteerCategory category, VolunteerStatus status, ActivityArea area,
                             Integer minAge, Integer maxAge, String q) {

        /** For the audit log: the text searched for may be part of an ID number or phone. */
        public ListFilter withoutText() {
            return new ListFilter(unitId, category, status, area, minAge, maxAge, null);
        }
    }

    /** The roles that may see full personal numbers (through the audited reveal), and so search on fragments of them. */
    public boolean mayReveal() {
        return caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.TOWNSHIP_STAFF) || caller.hasRole(Roles.VILLAGE_STAFF);
    }

    /**
     * What the search text looks for. Without digits: a fragment of the name. With digits, a search on personal
     * numbers: a whole ID number or phone (normalised as typed: full-width, +86, spaces) finds exactly that person;
     * a fragment of one only for roles that may reveal; for the others a fragment is refused, so that a viewer
     * cannot recover a number digit by digit from which searches match.
     */
    record SearchText(String nameFragment, String personalFragment, String idNumber, String phone) {

        static final SearchText NONE = new SearchText(null, null, null, null);

        boolean personal() {
            return personalFragment != null || idNumber != null || phone != null;
        }
    }

    SearchText searchText(String q) {
        if (q == null || q.isBlank()) {
            return SearchText.NONE;
        }
        String text = Typed.halfWidth(q).strip();
        if (text.chars().noneMatch(Character::isDigit)) {
            return new SearchText(text, null, null, null);
        }
        try {
            return new SearchText(null, null, IdNumber.parse(text).value(), null);
        } catch (IdNumber.Invalid notAnId) {
            // a phone or a fragment
        }
        String phone = text.replaceAll("[^0-9]", "").length() >= 11 ? Phone.normalize(text) : null;
        if (phone != null) {
            return new SearchText(null, null, null, phone);
        }
        if (!mayReveal()) {
            throw ProblemException.invalid("q", "volunteer.search.whole-value");
        }
        return new SearchText(null, text.toUpperCase(java.util.Locale.ROOT), null, null);
    }

    /**
     * The search screen: like {@link #list}, and a search on personal numbers is counted against the account's
     * limit and audited (which fields, whether whole or a fragment, how many matched; never the text).
     */
    @Transactional
    public Page<VolunteerSummary> search(ListFilter filter, int limit, String cursor) {
        SearchText text = searchText(filter.q());
        if (text.personal()) {
            personalDataLimit.take();
        }
        Page<VolunteerSummary> page = list(filter, limit, cursor);
        if (text.personal()) {
            Map<String, Object> after = new HashMap<>();
            after.put("filter", filter.withoutText());
            after.put("searchedBy", text.idNumber() != null ? "idNumber" : text.phone() != null ? "phone" : "fragment");
            after.put("matched", page.items().size());
            after.put("morePages", page.nextCursor() != null);
            String path = filter.unitId() == null ? caller.requireRoot().path() : hierarchy.requireVisible(filter.unitId(), "unitId").orgPath();
            audit.record("SEARCH", ENTITY, "list", path, null, after);
        }
        return page;
    }

    public Page<VolunteerSummary> list(ListFilter filter, int limit, String cursor) {
        VolunteerRepository.Position after = position(cursor);
        SearchText text = searchText(filter.q());
        String path = filter.unitId() == null ? caller.requireRoot().path() : hierarchy.requireVisible(filter.unitId(), "unitId").orgPath();
        LocalDate today = LocalDate.now(IdNumber.CHINA);
        LocalDate bornOnOrBefore = filter.minAge() == null ? null : today.minusYears(filter.minAge());
        LocalDate bornAfter = filter.maxAge() == null ? null : today.minusYears(filter.maxAge() + 1L);
        var criteria = new VolunteerRepository.Criteria(path, filter.category(), filter.status(), filter.area(),
                bornOnOrBefore, bornAfter, text.nameFragment(), text.personalFragment(), text.idNumber(), text.phone());
        List<VolunteerRepository.ListRow> rows = volunteers.list(criteria, after, limit + 1);
        boolean more = rows.size() > limit;
        List<VolunteerRepository.ListRow> shown = more ? rows.subList(0, limit) : rows;
        List<VolunteerSummary> items = shown.stream().map(v -> summaryOf(v, today)).toList();
        VolunteerRepository.ListRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(items, more ? Cursors.encode(last.orgPath() + "/" + last.id()) : null);
    }

    /** "path/id" of the last row shown; anything else is a cursor we did not make. */
    private static VolunteerRepository.Position position(String cursor) {
        String raw = Cursors.decode(cursor);
        if (raw == null) {
            return null;
        }
        int slash = raw.lastIndexOf('/');
        if (slash <= 0 || !raw.substring(0, slash).matches("[0-9]+(\\.[0-9]+)*")) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
        try {
            return new VolunteerRepository.Position(raw.substring(0, slash), Long.parseLong(raw.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
    }

    /** At most this many people in one workbook. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ggw.export.max-rows", defaultValue = "50000")
    int exportMax;

    /** The filtered list as a masked workbook; audited with the filter and the number of people, never their data. */
    @Transactional
    public VolunteerExport.Workbook export(ListFilter filter, java.util.Locale locale) {
        caller.requireRoot();
        String unitName = filter.unitId() == null ? caller.requireRoot().name()
                : hierarchy.requireVisible(filter.unitId(), "unitId").ref().name();
        if (searchText(filter.q()).personal()) {
            personalDataLimit.take();
        }
        try (VolunteerExport export = new VolunteerExport(locale)) {
            String cursor = null;
            do {
                Page<VolunteerSummary> page = list(filter, 1000, cursor);
                if (export.rows() + page.items().size() > exportMax) {
                    throw ProblemException.invalid(null, "volunteer.export.too-many", exportMax);
                }
                page.items().forEach(export::add);
                volunteers.getEntityManager().clear();
                cursor = page.nextCursor();
            } while (cursor != null);
            Map<String, Object> after = new HashMap<>();
            after.put("rows", export.rows());
            after.put("filter", filter.withoutText());
            after.put("searchedText", filter.q() != null);
            String path = filter.unitId() == null ? caller.requireRoot().path() : hierarchy.requireVisible(filter.unitId(), "unitId").orgPath();
            audit.record("EXPORT", ENTITY, "list", path, null, after);
            return export.finish(unitName);
        }
    }

    @Inject
    cn.ggw.security.PersonalDataLimit personalDataLimit;

    public VolunteerDetail detail(long id) {
        VolunteerRepository.WithUnit found = volunteers.findVisibleWithUnit(id)
                .orElseThrow(() -> ProblemException.notFound("volunteer.not-found"));
        return detailOf(found.volunteer(), found.unit());
    }

    public List<StatusChangeView> history(long id) {
        visible(id);
        return volunteers.history(id).stream().map(StatusChangeView::of).toList();
    }

    /** The full personal data, recorded in the audit log as which fields were revealed, never their values. */
    @Transactional
    public VolunteerPersonalData reveal(long id) {
        caller.requireRoot();
        Volunteer v = visible(id);
        caller.requireCovers(v.orgPath, "volunteer.not-found");
        personalDataLimit.take();
        List<String> fields = new ArrayList<>(List.of("idNumber"));
        if (v.phone != null) {
            fields.add("phone");
        }
        if (v.address != null) {
            fields.add("address");
        }
        if (v.health != null) {
            fields.add("health");
        }
        audit.record("REVEAL", ENTITY, v.id, v.orgPath, null, Map.of("fields", fields, "idNumberMasked", IdNumber.mask(v.idNumber)));
        return new VolunteerPersonalData(v.id, v.idNumber, v.phone, v.address, v.health);
    }

    public VolunteerCounts counts(Long unitId) {
        VisibleUnit unit;
        if (unitId == null) {
            unit = hierarchy.requireVisible(caller.requireRoot().unitId(), "unitId");
        } else {
            unit = hierarchy.requireVisible(unitId, "unitId");
        }
        String path = unit.orgPath();
        VolunteerCategory[] categories = VolunteerCategory.values();
        Map<VolunteerStatus, Long> byStatus = new EnumMap<>(VolunteerStatus.class);
        long[] tags = new long[categories.length + ActivityArea.values().length];
        // One grouped read by home path and status; its on-register rows are folded onto the children in Java: a
        // subtree holds few units.
        Map<Long, Long> byChild = new HashMap<>();
        long atItself = 0;
        for (VolunteerRepository.CountRow row : volunteers.countByPathAndStatus(path)) {
            byStatus.merge(row.status(), row.people(), Long::sum);
            if (!VolunteerStatus.ON_REGISTER.contains(row.status())) {
                continue;
            }
            for (int i = 0; i < tags.length; i++) {
                tags[i] += row.tags()[i];
            }
            String home = row.orgPath();
            if (home.equals(path)) {
                atItself += row.people();
            } else {
                String rest = home.substring(path.length() + 1);
                int dot = rest.indexOf('.');
                byChild.merge(Long.valueOf(dot < 0 ? rest : rest.substring(0, dot)), row.people(), Long::sum);
            }
        }
        List<StatusCount> statusCounts = Arrays.stream(VolunteerStatus.values())
                .map(s -> new StatusCount(s, byStatus.getOrDefault(s, 0L))).toList();
        long onRegister = VolunteerStatus.ON_REGISTER.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        List<CategoryCount> categoryCounts = Arrays.stream(categories).map(c -> new CategoryCount(c, tags[c.ordinal()])).toList();
        List<AreaCount> areaCounts = Arrays.stream(ActivityArea.values())
                .map(a -> new AreaCount(a, tags[categories.length + a.ordinal()])).toList();

        List<UnitCount> unitCounts = new ArrayList<>();
        Set<Long> listed = new LinkedHashSet<>();
        for (OrgUnitSummary child : hierarchy.children(unit.ref().id(), false, 10_000, null).items()) {
            listed.add(child.id());
            unitCounts.add(new UnitCount(new OrgUnitRef(child.id(), child.code(), child.name(), child.kind()),
                    byChild.getOrDefault(child.id(), 0L)));
        }
        // People still at a deactivated child (withdrawn ones do not block deactivation) are not lost from the sum.
        Set<Long> others = byChild.keySet().stream().filter(id -> !listed.contains(id)).collect(Collectors.toSet());
        if (!others.isEmpty()) {
            hierarchy.refs(others).values().forEach(ref -> unitCounts.add(new UnitCount(ref, byChild.get(ref.id()))));
        }
        return new VolunteerCounts(unit.ref(), onRegister, statusCounts, categoryCounts, areaCounts, atItself, unitCounts);
    }

    /** For other features (committee seats): the facts about people that a seat needs; never ID numbers or phones. */
    public record PersonFacts(long id, String name, Gender gender, LocalDate birthDate, VolunteerStatus status,
                              List<VolunteerCategory> categories, long unitId, String orgPath) {
    }

    /**
     * For other features: people visible to the caller, by ids or within a subtree, with the given
     * statuses and born on or after a date, by id; none of the filters is required but ids or a path is.
     */
    public List<PersonFacts> facts(java.util.Collection<Long> ids, String subtreePath, java.util.Collection<VolunteerStatus> statuses,
                                   LocalDate bornOnOrAfter, int limit) {
        StringBuilder jpql = new StringBuilder("from Volunteer v where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (ids != null) {
            if (ids.isEmpty()) {
                return List.of();
            }
            jpql.append(" and v.id in :ids");
            params.put("ids", ids);
        }
        if (subtreePath != null) {
            jpql.append(" and ").append(cn.ggw.security.Subtree.of(subtreePath).jpql("v.orgPath", "path"));
            params.put("path", subtreePath);
            params.put("pathEnd", cn.ggw.security.Subtree.of(subtreePath).end());
        }
        if (statuses != null) {
            jpql.append(" and v.status in :statuses");
            params.put("statuses", statuses);
        }
        if (bornOnOrAfter != null) {
            jpql.append(" and v.birthDate >= :born");
            params.put("born", bornOnOrAfter);
        }
        var query = volunteers.getEntityManager().createQuery(jpql.append(" order by v.id").toString(), Volunteer.class);
        params.forEach(query::setParameter);
        return query.setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).setMaxResults(limit).getResultList().stream()
                .map(v -> new PersonFacts(v.id, v.name, v.gender, v.birthDate, v.status, enums(v.categories, VolunteerCategory.class),
                        v.orgUnitId, v.orgPath))
                .toList();
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public VolunteerDetail create(CreateVolunteerRequest request) {
        caller.requireRoot();
        VisibleUnit unit = hierarchy.requireHomeUnit(request.unitId());
        Volunteer v = new Volunteer();
        apply(v, request, unit, null);
        Instant now = Instant.now();
        v.status = VolunteerStatus.REGISTERED;
        v.statusChangedAt = now;
        v.createdAt = now;
        v.createdBy = caller.username();
        v.updatedAt = now;
        v.updatedBy = caller.username();
        volunteers.persist(v);
        volunteers.flush();
        recordStatusChange(v, null, VolunteerStatus.REGISTERED, null, now);
        VolunteerDetail created = detailOf(v);
        audit.record("CREATE", ENTITY, v.id, v.orgPath, null, created);
        return created;
    }

    @Transactional
    public VolunteerDetail update(long id, UpdateVolunteerRequest request) {
        Volunteer v = writable(id, request.version());
        VolunteerDetail before = detailOf(v);
        VisibleUnit unit = request.unitId() == v.orgUnitId
                ? hierarchy.findVisible(v.orgUnitId).orElseThrow(() -> ProblemException.notFound("volunteer.not-found"))
                : hierarchy.requireHomeUnit(request.unitId());
        apply(v, request, unit, v.id);
        v.updatedAt = Instant.now();
        v.updatedBy = caller.username();
        volunteers.flush();
        if (before.unit().id() != v.orgUnitId) {
            // The history follows the person, so that the new unit sees it and the old one no longer does.
            volunteers.movedHistory(v.id, v.orgPath);
            careRecords.followVolunteer(v.id, v.orgPath);
        }
        VolunteerDetail after = detailOf(v);
        audit.record(before.unit().id() == after.unit().id() ? "UPDATE" : "MOVE", ENTITY, v.id, v.orgPath, before, after);
        return after;
    }

    @Transactional
    public VolunteerDetail changeStatus(long id, ChangeVolunteerStatusRequest request) {
        Volunteer v = writable(id, request.version());
        VolunteerStatus from = v.status;
        VolunteerStatus to = request.status();
        if (!from.mayBecome(to)) {
            throw ProblemException.conflict("status", "volunteer.status.transition",
                    new Localized.Text("volunteer.status." + from), new Localized.Text("volunteer.status." + to));
        }
        Instant now = Instant.now();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        v.status = to;
        v.statusChangedAt = now;
        v.updatedAt = now;
        v.updatedBy = caller.username();
        volunteers.flush();
        recordStatusChange(v, from, to, note, now);
        Map<String, Object> after = new HashMap<>();
        after.put("status", to);
        after.put("note", note);
        audit.record("STATUS", ENTITY, v.id, v.orgPath, Map.of("status", from), after);
        return detailOf(v);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void apply(Volunteer v, VolunteerInput in, VisibleUnit unit, Long self) {
        IdNumber idNumber;
        try {
            idNumber = IdNumber.parse(in.idNumber());
        } catch (IdNumber.Invalid e) {
            throw ProblemException.invalid("idNumber", e.reason());
        }
        if (in.birthDate() != null && !in.birthDate().equals(idNumber.birthDate())) {
            throw ProblemException.invalid("birthDate", "volunteer.birth-date.mismatch", idNumber.birthDate().toString());
        }
        if (in.gender() != null && in.gender() != idNumber.gender()) {
            throw ProblemException.invalid("gender", "volunteer.gender.mismatch",
                    new Localized.Text("volunteer.gender." + idNumber.gender()));
        }
        String phone = null;
        if (in.phone() != null && !in.phone().isBlank()) {
            phone = Phone.normalize(in.phone());
            if (phone == null) {
                throw ProblemException.invalid("phone", "volunteer.phone.invalid");
            }
        }
        boolean idChanged = !idNumber.value().equals(v.idNumber);
        if (idChanged) {
            int age = Period.between(idNumber.birthDate(), LocalDate.now(IdNumber.CHINA)).getYears();
            if (age < USUAL_MINIMUM_AGE && !Boolean.TRUE.equals(in.confirmYoung())) {
                throw ProblemException.invalid("birthDate", "volunteer.young.confirm", age, USUAL_MINIMUM_AGE);
            }
            if (volunteers.idNumberTaken(idNumber.value(), self)) {
                throw ProblemException.conflict("idNumber", "volunteer.id-number.duplicate", idNumber.mask());
            }
        }
        v.orgUnitId = unit.ref().id();
        v.orgPath = unit.orgPath();
        v.name = in.name().trim();
        v.idNumber = idNumber.value();
        v.gender = idNumber.gender();
        v.birthDate = idNumber.birthDate();
        v.phone = phone;
        v.address = blankToNull(in.address());
        v.categories = in.categories() == null ? new ArrayList<>() : in.categories().stream().distinct().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        v.formerEmployer = blankToNull(in.formerEmployer());
        v.formerPost = blankToNull(in.formerPost());
        v.retirementType = in.retirementType();
        v.health = blankToNull(in.health());
        v.skills = in.skills() == null ? new ArrayList<>() : in.skills().stream().map(String::trim).distinct().collect(Collectors.toCollection(ArrayList::new));
        v.activityAreas = in.activityAreas() == null ? new ArrayList<>() : in.activityAreas().stream().distinct().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private void recordStatusChange(Volunteer v, VolunteerStatus from, VolunteerStatus to, String note, Instant at) {
        VolunteerStatusChange change = new VolunteerStatusChange();
        change.volunteerId = v.id;
        change.orgPath = v.orgPath;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = at;
        change.changedBy = caller.username();
        change.note = note;
        volunteers.getEntityManager().persist(change);
    }

    private Volunteer visible(long id) {
        return volunteers.findVisible(id).orElseThrow(() -> ProblemException.notFound("volunteer.not-found"));
    }

    /** The volunteer, if the caller may change it and has read the current version. */
    private Volunteer writable(long id, Long expectedVersion) {
        caller.requireRoot();
        Volunteer v = visible(id);
        caller.requireCovers(v.orgPath, "volunteer.not-found");
        if (expectedVersion != null && expectedVersion != v.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        return v;
    }




    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private VolunteerDetail detailOf(Volunteer v) {
        return detailOf(v, hierarchy.refs(List.of(v.orgUnitId)).get(v.orgUnitId));
    }

    private static VolunteerDetail detailOf(Volunteer v, OrgUnitRef unit) {
        return new VolunteerDetail(v.id, v.name, v.gender, age(v.birthDate, LocalDate.now(IdNumber.CHINA)),
                IdNumber.mask(v.idNumber), Phone.mask(v.phone), v.address != null, v.health != null,
                enums(v.categories, VolunteerCategory.class), v.formerEmployer, v.formerPost, v.retirementType,
                List.copyOf(v.skills), enums(v.activityAreas, ActivityArea.class), v.status, v.statusChangedAt, unit,
                v.version, v.createdAt, v.createdBy, v.updatedAt, v.updatedBy);
    }

    private static VolunteerSummary summaryOf(VolunteerRepository.ListRow v, LocalDate today) {
        return new VolunteerSummary(v.id(), v.name(), v.gender(), age(v.birthDate(), today), IdNumber.mask(v.idNumber()),
                Phone.mask(v.phone()), enums(v.categories(), VolunteerCategory.class), enums(v.activityAreas(), ActivityArea.class),
                v.status(), new OrgUnitRef(v.unitId(), v.unitCode(), v.unitName(), v.unitKind()));
    }

    private static int age(LocalDate birth, LocalDate today) {
        return Period.between(birth, today).getYears();
    }

    private static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        return names == null ? List.of() : names.stream().map(n -> Enum.valueOf(type, n)).toList();
    }
}
