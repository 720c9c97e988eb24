package cn.ggw.volunteers;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.security.CallerScope;
import cn.ggw.volunteers.ActivityDtos.CareRecordView;
import cn.ggw.volunteers.ActivityDtos.CreateCareRecordRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The care log (关爱五老, "生活上关照"): visits, help and health care given to the elders themselves. */
@ApplicationScoped
public class CareRecordService {

    static final String ENTITY = "VolunteerCareRecord";

    @Inject
    CareRecordRepository records;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    public Page<CareRecordView> forVolunteer(long volunteerId, int limit, String cursor) {
        visibleVolunteer(volunteerId);
        ActivityRepository.After after = ActivityService.decode(cursor);
        List<CareRecord> rows = records.forVolunteer(volunteerId, after == null ? null : after.date(),
                after == null ? null : after.id(), limit + 1);
        boolean more = rows.size() > limit;
        List<CareRecord> shown = more ? rows.subList(0, limit) : rows;
        CareRecord last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(shown.stream().map(CareRecordView::of).toList(), more ? ActivityService.encode(last.date, last.id) : null);
    }

    @Transactional
    public CareRecordView create(long volunteerId, CreateCareRecordRequest request) {
        caller.requireRoot();
        Volunteer v = visibleVolunteer(volunteerId);
        caller.requireCovers(v.orgPath, "volunteer.not-found");
        if (v.status == VolunteerStatus.DECEASED) {
            throw ProblemException.conflict(null, "care-record.volunteer.deceased");
        }
        ActivityService.checkDate("date", request.date());
        CareRecord r = new CareRecord();
        r.volunteerId = v.id;
        r.orgPath = v.orgPath;
        r.date = request.date();
        r.kind = request.kind();
        r.description = blankToNull(request.description());
        r.givenBy = blankToNull(request.givenBy());
        r.createdAt = Instant.now();
        r.createdBy = caller.username();
        records.persist(r);
        records.flush();
        CareRecordView created = CareRecordView.of(r);
        audit.record("CREATE", ENTITY, r.id, r.orgPath, null, created);
        return created;
    }

    @Transactional
    public void delete(long id) {
        caller.requireRoot();
        CareRecord r = records.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("care-record.not-found"));
        caller.requireCovers(r.orgPath, "care-record.not-found");
        CareRecordView before = CareRecordView.of(r);
        records.delete(r);
        audit.record("DELETE", ENTITY, r.id, r.orgPath, before, null);
    }

    private Volunteer visibleVolunteer(long id) {
        return volunteers.findVisible(id).orElseThrow(() -> ProblemException.notFound("volunteer.not-found"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
