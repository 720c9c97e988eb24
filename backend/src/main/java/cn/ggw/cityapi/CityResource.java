package cn.ggw.cityapi;

import cn.ggw.cityapi.CityDtos.CityFiguresView;
import cn.ggw.cityapi.CityDtos.DownTo;
import cn.ggw.cityapi.CityDtos.ExemplarChangePage;
import cn.ggw.cityapi.CityDtos.UnitChangePage;
import cn.ggw.common.Messages;
import cn.ggw.common.ProblemException;
import cn.ggw.common.QueryParams;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitCodes;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The operations a city-level system codes against: bulk figures by administrative code and the change
 * feed of units. Also open to the district's own staff roles (the same aggregates they see elsewhere).
 */
@Path("/v1/city")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "City API", description = "市级接口: what a city-level system pulls on a schedule — bulk figures keyed by administrative code, "
        + "and the change feeds of units and of exemplars submitted to the city. Aggregates only, no personal data; strong ETags (send If-None-Match, get 304).")
public class CityResource {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String READERS_DOC = "Roles: city-api, district-admin, district-viewer, township-staff, village-staff. ";

    @Inject
    CityFigures cityFigures;

    @Inject
    UnitChangeFeed feed;

    @Inject
    ExemplarChangeFeed exemplarFeed;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.CITY_API, Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getCityFigures", summary = "Bulk figures: every unit under a node down to a level, for a period / 批量统计",
            description = READERS_DOC + "One call gives the figures of the unit and of every active unit below it down to downTo, for every "
                    + "line of work whose figures exist (new lines appear without a change of contract; see figure-definitions). "
                    + "Counts are summed over each unit's subtree; ratios come from the summed counts. Counts of people from 1 to "
                    + "suppressionThreshold − 1 (3: so 1 and 2) are suppressed (null, key listed in `suppressed`), with one more sibling "
                    + "when one alone would be given away by the parent's total. "
                    + "一次调用返回某单位及其下至指定层级的全部单位的统计数字；人数为 1–2 的格子不公布。")
    public RestResponse<CityFiguresView> figures(
            @Parameter(description = "The node, by administrative code (default: the caller's unit) / 单位代码", example = "220802",
                    schema = @Schema(pattern = OrgUnitCodes.PATTERN, maxLength = OrgUnitCodes.MAX_LENGTH))
            @QueryParam("unitCode") String unitCode,
            @Parameter(description = "Lowest level of the breakdown (default VILLAGE) / 下钻到的层级", schema = @Schema(implementation = DownTo.class))
            @QueryParam("downTo") String downTo,
            @Parameter(description = "First day of the period (default: 1 January of this year) / 起始日期", example = "2026-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, at most today (default: today, China time) / 截止日期", example = "2026-06-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Lines of work to include (repeatable; default: all) / 工作条线", schema = @Schema(implementation = WorkLine[].class))
            @QueryParam("line") List<String> lines,
            @Context HttpHeaders headers) {
        DownTo level = QueryParams.enumValue("downTo", DownTo.class, downTo);
        Period period = Period.checked(QueryParams.date("from", from), QueryParams.date("to", to), LocalDate.now(CHINA));
        VisibleUnit node = unit(unitCode);
        CityFigures.Body body = cityFigures.bulkBody(node, level == null ? DownTo.VILLAGE : level, period,
                QueryParams.enumValues("line", WorkLine.class, lines),
                Messages.localeOf(headers));
        // The JSON of a CityFiguresView, serialised once and kept (CityFigures#bulkBody); SyncHeaders adds the rest.
        @SuppressWarnings("unchecked")
        RestResponse<CityFiguresView> answer = (RestResponse<CityFiguresView>) (RestResponse<?>) RestResponse.ResponseBuilder
                .ok(body.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, body.etag()).build();
        return answer;
    }

    @GET
    @Path("/unit-changes")
    @RolesAllowed({Roles.CITY_API, Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER})
    @Operation(operationId = "listUnitChanges", summary = "Change feed of units: a full read, then only what changed / 单位变更流",
            description = "Roles: city-api, district-admin, district-viewer. Without cursor and updatedSince: every unit of the caller's scope "
                    + "(CREATED, or DEACTIVATED when inactive), then the changes made since. With cursor: the changes after it, oldest first, "
                    + "in a stable order; deletions and moves out of scope come as REMOVED tombstones, moves as MOVED with the parent left. "
                    + "nextCursor is never null: keep calling while hasMore, store the last nextCursor and start from it next time (an unchanged "
                    + "feed answers 304 to If-None-Match). A cursor that is malformed, issued for another scope or older than the retention "
                    + "(180 days) answers 400 — never an empty page. 首次不带游标取全部单位，之后凭游标只取变更。")
    public UnitChangePage changes(
            @Parameter(description = "The nextCursor of the previous page / 上一页给出的游标", schema = @Schema(maxLength = 600))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Instead of a cursor: the changes after this time (ISO 8601 with zone; not in the future) / 自该时间以来的变更",
                    example = "2026-01-31T08:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1–1000 (default 200) / 每页条数", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "200"))
            @QueryParam("limit") Integer limit) {
        FeedArgs args = FeedArgs.checked(cursor, updatedSince, limit);
        return feed.page(caller.requireRoot(), args.cursor(), args.since(), args.limit());
    }

    @GET
    @Path("/exemplar-changes")
    @RolesAllowed({Roles.CITY_API, Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER})
    @Operation(operationId = "listExemplarChanges", summary = "Change feed of exemplars submitted to the city / 报市典型变更流",
            description = "Roles: city-api, district-admin, district-viewer. Shaped like the unit feed: without cursor and updatedSince, every "
                    + "exemplar submitted to the city within the caller's scope (SUBMITTED, or ADOPTED once the city took it), oldest id first, "
                    + "then the changes made since; with cursor, the changes after it in a stable order: SUBMITTED, UPDATED (write-up, title, "
                    + "unit or the city's answer), ADOPTED, and the tombstones WITHDRAWN (submission taken back) and REMOVED (deleted, or moved "
                    + "out of scope) without the exemplar. The write-up and photos: GET /city/exemplars/{id}. No ID numbers or phones. "
                    + "Cursors as for /city/unit-changes (never null; malformed, foreign or older than 180 days → 400). "
                    + "首次不带游标取范围内全部报市典型，之后凭游标只取变更（撤回、删除为无内容的墓碑记录）。")
    public ExemplarChangePage exemplarChanges(
            @Parameter(description = "The nextCursor of the previous page / 上一页给出的游标", schema = @Schema(maxLength = 600))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Instead of a cursor: the changes after this time (ISO 8601 with zone; not in the future) / 自该时间以来的变更",
                    example = "2026-01-31T08:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1–1000 (default 200) / 每页条数", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "200"))
            @QueryParam("limit") Integer limit) {
        FeedArgs args = FeedArgs.checked(cursor, updatedSince, limit);
        return exemplarFeed.page(caller.requireRoot(), args.cursor(), args.since(), args.limit());
    }

    /** The query of a change feed, checked: a page size within the cap, a cursor or a time (not both), the time parsed. */
    private record FeedArgs(String cursor, Instant since, int limit) {

        static FeedArgs checked(String cursor, String updatedSince, Integer limit) {
            int size = limit == null ? 200 : limit;
            if (size < 1 || size > UnitChangeFeed.MAX_LIMIT) {
                throw ProblemException.invalid("limit", "cityapi.limit.range", UnitChangeFeed.MAX_LIMIT);
            }
            if (cursor != null && updatedSince != null) {
                throw ProblemException.invalid("cursor", "cityapi.cursor.with-updated-since");
            }
            Instant since = null;
            if (updatedSince != null) {
                try {
                    since = java.time.OffsetDateTime.parse(updatedSince.trim()).toInstant();
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid("updatedSince", "cityapi.updated-since.invalid");
                }
            }
            return new FeedArgs(cursor == null || cursor.isEmpty() ? null : cursor, since, size);
        }
    }

    private VisibleUnit unit(String code) {
        if (code == null) {
            return hierarchy.findByIdOrCode(caller.requireRoot().unitId(), "unitCode", null, "unitCode");
        }
        return hierarchy.findByIdOrCode(null, null, code, "unitCode");
    }
}
