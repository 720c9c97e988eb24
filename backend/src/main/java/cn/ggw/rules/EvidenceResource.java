package cn.ggw.rules;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.common.QueryParams;
import cn.ggw.rules.EvidenceDtos.EvidenceView;
import cn.ggw.rules.EvidenceDtos.RecordEvidenceRequest;
import cn.ggw.rules.EvidenceDtos.UnitCompliance;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rule evidence", description = "What units record for the rules' obligations (meeting minutes with photos) and what is due")
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @POST
    @Path("/rule-evidence")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "recordRuleEvidence", summary = "Record a meeting (or a study session) held for a rule, with photos",
            description = "For a unit in the caller's scope (404 otherwise); 400 for a day in the future or a rule without an obligation in force that day.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    public Response record(@NotNull(message = "{ggw.required}") RecordEvidenceRequest request, @Context UriInfo uri) {
        EvidenceView created = evidence.record(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/rule-evidence/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/rule-evidence")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listRuleEvidence", summary = "Records in the caller's scope, newest first")
    public Page<EvidenceView> list(@Parameter(description = "This unit and below") @QueryParam("unitId") Long unitId,
                                   @QueryParam("ruleId") Long ruleId,
                                   @Parameter(schema = @Schema(format = "date", implementation = String.class)) @QueryParam("from") String from,
                                   @Parameter(schema = @Schema(format = "date", implementation = String.class)) @QueryParam("to") String to,
                                   @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        return evidence.list(unitId, ruleId, QueryParams.date("from", from), QueryParams.date("to", to), Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/rule-evidence/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getRuleEvidence", summary = "One record with its photos")
    public EvidenceView get(@PathParam("id") long id) {
        return evidence.get(id);
    }

    @GET
    @Path("/rule-compliance")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getRuleCompliance", summary = "A unit's obligations in a year: periods due (ended by today), met, and missing")
    public UnitCompliance compliance(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                                     @Parameter(required = true) @QueryParam("year") Integer year) {
        if (unitId == null) {
            throw ProblemException.invalid("unitId", "rules.unit.required");
        }
        if (year == null) {
            throw ProblemException.invalid("year", "rules.year.range", RuleService.today().getYear());
        }
        return evidence.compliance(unitId, year);
    }
}
