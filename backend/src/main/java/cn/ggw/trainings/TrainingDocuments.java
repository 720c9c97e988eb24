package cn.ggw.trainings;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Messages;
import cn.ggw.documents.OfficialDocument;
import cn.ggw.documents.TableWorkbook;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.trainings.TrainingDtos.Coverage;
import cn.ggw.trainings.TrainingDtos.CoverageRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A session on paper: the sign-in sheet (签到表) of its frozen required audience, laid out as an official
 * document (GB/T 9704) to print for the day, and its attendance as a workbook. Both read the session and its
 * trainees through the scope (a session another township organised is "not found"; village staff get their
 * own people only), and each download is audited with the number of people, never their names.
 */
@ApplicationScoped
public class TrainingDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    TrainingService trainings;

    @Inject
    TrainingRepository sessions;

    @Inject
    TraineeRepository trainees;

    @Inject
    AuditLog audit;

    public record Download(String fileName, byte[] bytes) {
    }

    /** The sign-in sheet: always in Chinese (an official document); the check-in code when the caller may see it on the session. */
    @Transactional
    public Download signInSheet(long sessionId) {
        Locale zh = Messages.CHINESE;
        TrainingSession s = trainings.require(sessionId);
        List<TrainingTrainee> people = trainees.ofSession(s.id).stream().filter(t -> t.required).toList();
        Map<Long, OrgUnitRef> units = units(s, people);
        String organiser = units.get(s.orgUnitId).name();
        OfficialDocument doc = OfficialDocument.create().numberHeadings(false)
                .title(s.title + "\n" + t(zh, "training.sheet.title"))
                .paragraph(t(zh, "training.sheet.organiser", organiser))
                .paragraph(t(zh, "training.sheet.dates", days(s.startsOn, s.endsOn)))
                .paragraph(t(zh, "training.sheet.place", s.place == null ? "" : s.place));
        if (s.checkInCode != null && trainings.showsCode(s)) {
            doc.paragraph(t(zh, "training.sheet.code", s.checkInCode));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (TrainingTrainee p : people) {
            OrgUnitRef unit = units.get(p.orgUnitId);
            rows.add(List.of(String.valueOf(++n), p.volunteerName, unit == null ? "" : unit.name(), role(zh, p.seatRole), "", ""));
        }
        doc.table(List.of(t(zh, "training.sheet.col.no"), t(zh, "training.col.name"), t(zh, "training.col.unit"), t(zh, "training.col.role"),
                t(zh, "training.sheet.col.signature"), t(zh, "training.sheet.col.note")), rows);
        doc.paragraph(t(zh, "training.sheet.total", people.size()));
        audit.record("EXPORT", TrainingService.SESSION, s.id, s.orgPath, null, Map.of("document", "sign-in-sheet", "rows", people.size()));
        return new Download(t(zh, "training.sheet.file", s.title, s.startsOn.toString()) + ".docx", doc.toBytes());
    }

    /** Attendance of everyone the caller sees in the session, required first, then extras; in the caller's language. */
    @Transactional
    public Download attendance(long sessionId, Locale locale) {
        TrainingSession s = trainings.require(sessionId);
        List<TrainingTrainee> people = trainees.ofSession(s.id);
        Map<Long, OrgUnitRef> units = units(s, people);
        TableWorkbook book = TableWorkbook.create().sheet(t(locale, "training.attendance.sheet"),
                List.of(t(locale, "training.sheet.col.no"), t(locale, "training.col.name"), t(locale, "training.col.unit"), t(locale, "training.col.role"),
                        t(locale, "training.attendance.col.required"), t(locale, "training.attendance.col.status"),
                        t(locale, "training.attendance.col.day"), t(locale, "training.attendance.col.method"), t(locale, "training.attendance.col.recorded")),
                List.of(6, 12, 20, 12, 10, 24, 12, 14, 18));
        int n = 0;
        for (TrainingTrainee p : people) {
            OrgUnitRef unit = units.get(p.orgUnitId);
            book.row(++n, p.volunteerName, unit == null ? "" : unit.name(), role(locale, p.seatRole),
                    t(locale, p.required ? "training.attendance.required" : "training.attendance.extra"), status(locale, p),
                    p.attendedOn == null ? null : p.attendedOn.toString(),
                    p.method == null ? null : t(locale, "training.attendance.method." + p.method),
                    p.recordedAt == null ? null : TIME.format(p.recordedAt.atZone(TrainingService.CHINA)));
        }
        audit.record("EXPORT", TrainingService.SESSION, s.id, s.orgPath, null, Map.of("document", "attendance", "rows", people.size()));
        return new Download(t(locale, "training.attendance.file", s.title, s.startsOn.toString()) + ".xlsx", book.toBytes());
    }

    /** Coverage of a unit and each unit below it for a period, as on the coverage page (no names): a row per unit, then the unit's total. */
    public Download coverage(Coverage c, Locale locale) {
        TableWorkbook book = TableWorkbook.create().sheet(t(locale, "training.coverage.sheet"),
                List.of(t(locale, "training.col.unit"), t(locale, "training.coverage.col.required"), t(locale, "training.coverage.col.trained"),
                        t(locale, "training.coverage.col.share"), t(locale, "training.coverage.col.sessions")),
                List.of(24, 10, 10, 10, 10));
        for (CoverageRow row : c.children()) {
            book.row(coverageRow(row, row.unit().name()));
        }
        book.row(coverageRow(c.unit(), t(locale, "training.coverage.total", c.unit().unit().name())));
        return new Download(t(locale, "training.coverage.file", c.unit().unit().name(), c.from().toString(), c.to().toString()) + ".xlsx",
                book.toBytes());
    }

    private static List<Object> coverageRow(CoverageRow row, String name) {
        return java.util.Arrays.asList(name, row.required(), row.trained(),
                row.coverage() == null ? null : Math.round(row.coverage() * 1000) / 10.0 + "%", row.sessions());
    }

    /** 已参加 / 请假（理由）/ 缺席 / 补训 / 未登记. */
    static String status(Locale locale, TrainingTrainee p) {
        String text = t(locale, "training.attendance.status." + p.status);
        return p.status == AttendanceStatus.LEAVE && p.reason != null ? t(locale, "training.attendance.status.with-reason", text, p.reason) : text;
    }

    private Map<Long, OrgUnitRef> units(TrainingSession s, List<TrainingTrainee> people) {
        Set<Long> ids = new HashSet<>();
        ids.add(s.orgUnitId);
        people.forEach(p -> ids.add(p.orgUnitId));
        return sessions.unitRefs(ids);
    }

    private static String role(Locale locale, String seatRole) {
        return seatRole == null ? "" : t(locale, "committee.role." + seatRole);
    }

    private static String days(LocalDate from, LocalDate to) {
        String first = from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        if (from.equals(to)) {
            return first;
        }
        String last = (to.getYear() == from.getYear() ? "" : to.getYear() + "年") + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        return first + "至" + last;
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
