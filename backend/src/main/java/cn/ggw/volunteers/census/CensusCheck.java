package cn.ggw.volunteers.census;

import cn.ggw.volunteers.Gender;
import cn.ggw.volunteers.IdNumber;
import cn.ggw.volunteers.Phone;
import cn.ggw.volunteers.RetirementType;
import cn.ggw.volunteers.census.CensusImportDtos.ImportAction;
import cn.ggw.volunteers.census.CensusImportDtos.IssueSeverity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks census rows against the rules of the register and against the register itself, chunk by
 * chunk: the same code serves the dry run and the commit, so the commit writes exactly what the
 * dry run showed, unless the register changed in between.
 *
 * <p>Rules: every mapped cell must parse; the ID number is checked by GB 11643 and decides
 * gender and birth date (a given gender or birth date must agree); a person appears once per
 * file (the first row wins, later ones are rejected naming it); a person already on the register
 * inside the uploader's scope is updated with the non-empty cells that differ (empty cells never
 * erase anything; status is never touched); a person registered outside the scope is rejected
 * without saying where; the home unit must be an active unit inside the scope.
 */
final class CensusCheck {

    /** Younger than this is unusual for a 五老: a warning the user confirms, as in the form. */
    static final int USUAL_MINIMUM_AGE = 50;

    private final Connection db;
    private final String scopePath;
    private final Map<ImportField, Integer> columns;
    private final UnitIndex units;
    private final UnitIndex.Unit defaultUnit;
    private final LocalDate today;
    private final boolean lockExisting;
    /** ID number → the row that first carried it. */
    private final FirstRows seen = new FirstRows();

    CensusCheck(Connection db, String scopePath, Map<ImportField, Integer> columns, Long defaultUnitId,
                LocalDate today, boolean lockExisting) throws SQLException {
        this.db = db;
        this.scopePath = scopePath;
        this.columns = new EnumMap<>(columns);
        this.units = UnitIndex.load(db, scopePath);
        this.defaultUnit = defaultUnitId == null ? null : units.byId(defaultUnitId);
        this.today = today;
        this.lockExisting = lockExisting;
    }

    /** The unit people go to when the file names none, if it is an active unit inside the scope. */
    UnitIndex.Unit defaultUnit() {
        return defaultUnit;
    }

    UnitIndex units() {
        return units;
    }

    // ---- results ---------------------------------------------------------------------------

    record Issue(Integer column, ImportField field, IssueSeverity severity, String code, List<Object> args) {
    }

    /** A person as a row describes them; {@code given} says which fields the row filled. */
    record Person(String name, String idNumber, Gender gender, LocalDate birthDate, String phone, String address,
                  List<String> categories, String formerEmployer, String formerPost, String retirementType, String health,
                  List<String> skills, List<String> activityAreas, UnitIndex.Unit unit, Set<ImportField> given) {
    }

    /** The person's record on the register, as far as an import may change it. */
    record Existing(long id, long version, String orgPath, long unitId, String name, String phone, String address,
                    List<String> categories, String formerEmployer, String formerPost, String retirementType,
                    String health, List<String> skills, List<String> activityAreas) {
    }

    record Change(ImportField field, String before, String after) {
    }

    record Outcome(int row, List<Issue> issues, Person person, Existing existing, ImportAction action, List<Change> changes) {

        boolean rejected() {
            return issues.stream().anyMatch(i -> i.severity() == IssueSeverity.ERROR);
        }

        boolean warned() {
            return !rejected() && issues.stream().anyMatch(i -> i.severity() == IssueSeverity.WARNING);
        }

        boolean unchanged() {
            return !rejected() && action == null;
        }
    }

    // ---- checking --------------------------------------------------------------------------

    List<Outcome> check(List<CensusRow> rows) throws SQLException {
        List<Draft> drafts = new ArrayList<>(rows.size());
        for (CensusRow row : rows) {
            drafts.add(parse(row));
        }
        Map<String, Existing> existing = lookUp(drafts);
        List<Outcome> outcomes = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            outcomes.add(decide(d, existing));
        }
        return outcomes;
    }

    private static final class Draft {
        final int row;
        final List<Issue> issues = new ArrayList<>();
        Person person;
        String idNumber;

        Draft(int row) {
            this.row = row;
        }

        boolean rejected() {
            return issues.stream().anyMatch(i -> i.severity() == IssueSeverity.ERROR);
        }
    }

    private Draft parse(CensusRow row) {
        Draft d = new Draft(row.number());
        for (Map.Entry<ImportField, Integer> e : columns.entrySet()) {
            if (row.uncomputedFormulas() != null && row.uncomputedFormulas().get(e.getValue())) {
                error(d, e.getKey(), "import.cell.formula");
            }
        }
        Set<ImportField> given = java.util.EnumSet.noneOf(ImportField.class);
        for (Map.Entry<ImportField, Integer> e : columns.entrySet()) {
            if (!row.cell(e.getValue()).isEmpty()) {
                given.add(e.getKey());
            }
        }

        String name = cell(row, ImportField.NAME);
        if (name.isEmpty()) {
            error(d, ImportField.NAME, "import.name.missing");
        } else {
            name = value(d, ImportField.NAME, CensusValues.name(name));
        }

        IdNumber id = null;
        // As typed: full-width digits and Ｘ, spaces (ASCII or ideographic) between the groups.
        String rawId = cn.ggw.volunteers.Typed.halfWidth(cell(row, ImportField.ID_NUMBER)).replaceAll("\\s", "");
        if (rawId.isEmpty()) {
            error(d, ImportField.ID_NUMBER, "import.id-number.missing");
        } else {
            try {
                id = IdNumber.parse(rawId, today);
            } catch (IdNumber.Invalid e) {
                Integer col = columns.get(ImportField.ID_NUMBER);
                boolean numeric = col != null && CensusValues.idNumberStoredAsNumber(row, col);
                error(d, ImportField.ID_NUMBER, numeric ? CensusValues.ID_NUMBER_AS_NUMBER : e.reason());
            }
        }
        Gender gender = null;
        LocalDate birthDate = null;
        if (id != null) {
            gender = id.gender();
            birthDate = id.birthDate();
            String g = cell(row, ImportField.GENDER);
            if (!g.isEmpty()) {
                CensusValues.Result<Gender> stated = CensusValues.gender(g);
                if (!stated.isOk()) {
                    error(d, ImportField.GENDER, stated);
                } else if (stated.value() != id.gender()) {
                    error(d, ImportField.GENDER, "volunteer.gender.mismatch", "@volunteer.gender." + id.gender());
                }
            }
            String b = cell(row, ImportField.BIRTH_DATE);
            if (!b.isEmpty()) {
                CensusValues.Result<CensusValues.BirthDate> stated = CensusValues.birthDate(b, today);
                if (!stated.isOk()) {
                    error(d, ImportField.BIRTH_DATE, stated);
                } else if (!stated.value().agreesWith(id.birthDate())) {
                    error(d, ImportField.BIRTH_DATE, "volunteer.birth-date.mismatch", id.birthDate().toString());
                }
            }
            int age = Period.between(id.birthDate(), today).getYears();
            if (age < USUAL_MINIMUM_AGE) {
                warning(d, ImportField.ID_NUMBER, "import.young", age, USUAL_MINIMUM_AGE);
            }
        }

        String phone = null;
        String p = cell(row, ImportField.PHONE);
        if (!p.isEmpty()) {
            phone = Phone.normalize(p);
            if (phone == null) {
                error(d, ImportField.PHONE, "volunteer.phone.invalid");
            }
        }
        String address = optional(d, row, ImportField.ADDRESS, CensusValues::address);
        String employer = optional(d, row, ImportField.FORMER_EMPLOYER, CensusValues::formerEmployer);
        String post = optional(d, row, ImportField.FORMER_POST, CensusValues::formerPost);
        String health = optional(d, row, ImportField.HEALTH, CensusValues::health);
        List<String> categories = names(optional(d, row, ImportField.CATEGORIES, CensusValues::categories));
        List<String> areas = names(optional(d, row, ImportField.ACTIVITY_AREAS, CensusValues::activityAreas));
        RetirementType retirementType = optional(d, row, ImportField.RETIREMENT_TYPE, CensusValues::retirementType);
        String retirement = retirementType == null ? null : retirementType.name();
        List<String> skills = optional(d, row, ImportField.SKILLS, CensusValues::skills);
        if (skills == null) {
            skills = List.of();
        }

        UnitIndex.Unit unit = resolveUnit(d, row);

        if (id != null) {
            d.idNumber = id.value();
            int first = seen.putIfAbsent(id.value(), row.number());
            if (first != 0) {
                error(d, ImportField.ID_NUMBER, "import.id-number.repeated", first);
            }
        }
        if (!d.rejected()) {
            d.person = new Person(name, id.value(), gender, birthDate, phone, address, categories, employer, post,
                    retirement, health, skills, areas, unit, given);
        }
        return d;
    }

    private UnitIndex.Unit resolveUnit(Draft d, CensusRow row) {
        String unitName = cell(row, ImportField.UNIT);
        String township = cell(row, ImportField.TOWNSHIP);
        if (unitName.isEmpty()) {
            if (defaultUnit != null) {
                return defaultUnit;
            }
            if (columns.containsKey(ImportField.UNIT)) {
                error(d, ImportField.UNIT, "import.unit.missing");
            }
            return null;
        }
        List<UnitIndex.Unit> found = units.find(unitName, township.isEmpty() ? null : township);
        if (found.isEmpty()) {
            if (!township.isEmpty() && !units.find(unitName, null).isEmpty()) {
                error(d, ImportField.TOWNSHIP, "import.unit.not-in-township", unitName, township);
            } else {
                error(d, ImportField.UNIT, "import.unit.unknown", unitName);
            }
            return null;
        }
        if (found.size() > 1) {
            error(d, ImportField.UNIT, "import.unit.ambiguous", unitName, found.size());
            return null;
        }
        return found.get(0);
    }

    private Outcome decide(Draft d, Map<String, Existing> existing) {
        if (d.person == null) {
            return new Outcome(d.row, d.issues, null, null, null, List.of());
        }
        Person p = d.person;
        Existing e = existing.get(p.idNumber());
        if (e == null) {
            if (p.unit() == null) {
                // A new person needs a home: no unit column and no default unit.
                error(d, ImportField.UNIT, "import.unit.missing");
                return new Outcome(d.row, d.issues, null, null, null, List.of());
            }
            return new Outcome(d.row, d.issues, p, null, ImportAction.CREATE, List.of());
        }
        if (!covers(e.orgPath())) {
            error(d, ImportField.ID_NUMBER, "import.id-number.outside-scope");
            return new Outcome(d.row, d.issues, null, null, null, List.of());
        }
        List<Change> changes = new ArrayList<>();
        compare(changes, p, ImportField.NAME, e.name(), p.name());
        compare(changes, p, ImportField.PHONE, Phone.mask(e.phone()), Phone.mask(p.phone()), e.phone(), p.phone());
        compare(changes, p, ImportField.ADDRESS, e.address() == null ? null : "***", "***", e.address(), p.address());
        compare(changes, p, ImportField.FORMER_EMPLOYER, e.formerEmployer(), p.formerEmployer());
        compare(changes, p, ImportField.FORMER_POST, e.formerPost(), p.formerPost());
        compare(changes, p, ImportField.RETIREMENT_TYPE, e.retirementType(), p.retirementType());
        compare(changes, p, ImportField.HEALTH, e.health() == null ? null : "***", "***", e.health(), p.health());
        compareSet(changes, p, ImportField.CATEGORIES, e.categories(), p.categories());
        compareSet(changes, p, ImportField.SKILLS, e.skills(), p.skills());
        compareSet(changes, p, ImportField.ACTIVITY_AREAS, e.activityAreas(), p.activityAreas());
        if (p.given().contains(ImportField.UNIT) && p.unit() != null && p.unit().id() != e.unitId()) {
            changes.add(new Change(ImportField.UNIT, units.nameOf(e.unitId()), p.unit().name()));
        }
        // Warnings about age concern new people; someone already registered was confirmed then.
        d.issues.removeIf(i -> i.severity() == IssueSeverity.WARNING);
        return new Outcome(d.row, d.issues, p, e, changes.isEmpty() ? null : ImportAction.UPDATE, changes);
    }

    private static void compare(List<Change> changes, Person p, ImportField field, String before, String after) {
        compare(changes, p, field, before, after, before, after);
    }

    /** Compares the real values, shows the (possibly masked) ones. */
    private static void compare(List<Change> changes, Person p, ImportField field, String shownBefore, String shownAfter,
                                String before, String after) {
        if (p.given().contains(field) && after != null && !after.equals(before)) {
            changes.add(new Change(field, shownBefore, shownAfter));
        }
    }

    private static void compareSet(List<Change> changes, Person p, ImportField field, List<String> before, List<String> after) {
        if (p.given().contains(field) && !new LinkedHashSet<>(after).equals(new LinkedHashSet<>(before))) {
            changes.add(new Change(field, String.join(",", before), String.join(",", after)));
        }
    }

    private boolean covers(String path) {
        return path.equals(scopePath) || path.startsWith(scopePath + ".");
    }

    /** Everyone of this chunk already on the register, anywhere (an ID number is unique across the register). */
    private Map<String, Existing> lookUp(List<Draft> drafts) throws SQLException {
        List<String> ids = drafts.stream().map(d -> d.idNumber).filter(Objects::nonNull).toList();
        Map<String, Existing> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String sql = "select id, version, org_path, org_unit_id, name, phone, address, categories, former_employer, former_post,"
                + " retirement_type, health, skills, activity_areas, id_number from volunteer where id_number = any(?)"
                + (lockExisting ? " for update" : "");
        try (PreparedStatement st = db.prepareStatement(sql)) {
            Array array = db.createArrayOf("bpchar", ids.toArray());
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(15), new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getArray(8)), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), strings(rs.getArray(13)), strings(rs.getArray(14))));
                }
            }
        }
        return found;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private String cell(CensusRow row, ImportField field) {
        Integer col = columns.get(field);
        return col == null ? "" : row.cell(col);
    }

    /** The parsed cell, or null when it is empty or refused (then the refusal is recorded). */
    private <T> T optional(Draft d, CensusRow row, ImportField field, java.util.function.Function<String, CensusValues.Result<T>> parse) {
        String value = cell(row, field);
        return value.isEmpty() ? null : value(d, field, parse.apply(value));
    }

    private <T> T value(Draft d, ImportField field, CensusValues.Result<T> result) {
        if (!result.isOk()) {
            error(d, field, result);
            return null;
        }
        return result.value();
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }

    private void error(Draft d, ImportField field, CensusValues.Result<?> refused) {
        d.issues.add(new Issue(columns.get(field), field, IssueSeverity.ERROR, refused.error(), refused.args()));
    }

    private void error(Draft d, ImportField field, String code, Object... args) {
        d.issues.add(new Issue(columns.get(field), field, IssueSeverity.ERROR, code, List.of(args)));
    }

    private void warning(Draft d, ImportField field, String code, Object... args) {
        d.issues.add(new Issue(columns.get(field), field, IssueSeverity.WARNING, code, List.of(args)));
    }
}
