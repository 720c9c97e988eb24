package cn.ggw.rules;

import cn.ggw.common.QueryParams;
import cn.ggw.rules.RuleDtos.AnswerCommentRequest;
import cn.ggw.rules.RuleDtos.CommentView;
import cn.ggw.rules.RuleDtos.ConsultationView;
import cn.ggw.rules.RuleDtos.CreateCommentRequest;
import cn.ggw.rules.RuleDtos.CreateRuleRequest;
import cn.ggw.rules.RuleDtos.DiffView;
import cn.ggw.rules.RuleDtos.PublishRuleVersionRequest;
import cn.ggw.rules.RuleDtos.RuleDetail;
import cn.ggw.rules.RuleDtos.RuleSummary;
import cn.ggw.rules.RuleDtos.Rulebook;
import cn.ggw.rules.RuleDtos.UpdateRuleVersionRequest;
import cn.ggw.rules.RuleDtos.VersionView;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.List;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "抓制度: the rulebook and its versions (draft, consultation, published, superseded), the rules in force, diffs")
public class RuleResource {

    // Readers: the four staff roles, for rulebooks of units above or below their own. Writers: district-admin and
    // township-staff, for the rulebooks of units in their subtree. city-api: figures only.

    static final String DOCX = cn.ggw.common.Downloads.DOCX;

    @Inject
    RuleService rules;

    @Inject
    RulebookDocument documents;

    @GET
    @Path("/rules")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listRules", summary = "The rules a unit issues, with their latest version and the one in force today")
    public List<RuleSummary> list(@Parameter(description = "The issuing unit (default: the caller's)") @QueryParam("ownerUnitId") Long ownerUnitId) {
        return rules.list(ownerUnitId);
    }

    @POST
    @Path("/rules")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createRule", summary = "A new rule; its first version is a draft",
            description = "400 on a bad code, title, body (blocks checked; markup stays text), no unit kinds; 409 when the code is taken.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public Response create(@NotNull(message = "{ggw.required}") CreateRuleRequest request, @Context UriInfo uri) {
        VersionView created = rules.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/rule-versions/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/rules/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getRule", summary = "A rule with every version, newest first")
    public RuleDetail get(@PathParam("id") long id) {
        return rules.rule(id);
    }

    @POST
    @Path("/rules/{id}/versions")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createRuleDraft", summary = "A new draft copied from the latest version (409 while a draft is open)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public Response newDraft(@PathParam("id") long id, @Context UriInfo uri) {
        VersionView created = rules.newDraft(id);
        return Response.created(uri.getBaseUriBuilder().path("v1/rule-versions/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/rule-versions/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getRuleVersion", summary = "One version with its text")
    public VersionView version(@PathParam("id") long id) {
        return rules.version(id);
    }

    @PUT
    @Path("/rule-versions/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "updateRuleVersion", summary = "Change a draft or a version under consultation (409 once published)")
    public VersionView update(@PathParam("id") long id, @NotNull(message = "{ggw.required}") UpdateRuleVersionRequest request) {
        return rules.update(id, request);
    }

    @POST
    @Path("/rule-versions/{id}/consultation")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "openRuleConsultation", summary = "征求意见: open a draft to the comments of the units below")
    public VersionView consult(@PathParam("id") long id) {
        return rules.openConsultation(id);
    }

    @POST
    @Path("/rule-versions/{id}/publication")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "publishRuleVersion", summary = "Publish with an effective date; the version in force is superseded that day",
            description = "400 when the date is not after the start of the version in force; 409 when already published. "
                    + "announce: also send it down in a bulletin to every unit below.")
    public VersionView publish(@PathParam("id") long id, @NotNull(message = "{ggw.required}") PublishRuleVersionRequest request) {
        return rules.publish(id, request);
    }

    @GET
    @Path("/rule-consultations")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listRuleConsultations", summary = "征求意见: drafts under consultation that bind the caller's unit",
            description = "Issued by a unit above the caller's and applying to its kind; each with the version in force today (for "
                    + "GET /rule-versions/diff) and the number of comments of the caller's subtree and of answers.")
    public List<ConsultationView> consultations() {
        return rules.consultations();
    }

    @GET
    @Path("/rule-versions/{id}/comments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listRuleComments", summary = "The comments on a version the caller may see (their unit's and those below)")
    public List<CommentView> comments(@PathParam("id") long id) {
        return rules.comments(id);
    }

    @POST
    @Path("/rule-versions/{id}/comments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "createRuleComment", summary = "Comment on a version under consultation, for the caller's unit (a unit below its owner)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("id") long id, @NotNull(message = "{ggw.required}") CreateCommentRequest request) {
        return Response.status(201).entity(rules.comment(id, request)).build();
    }

    @POST
    @Path("/rule-comments/{id}/answer")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "answerRuleComment", summary = "The owner's answer to a comment")
    public CommentView answer(@PathParam("id") long id, @NotNull(message = "{ggw.required}") AnswerCommentRequest request) {
        return rules.answer(id, request);
    }

    @GET
    @Path("/rule-versions/diff")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "diffRuleVersions", summary = "Two versions of one rule side by side, clause by clause (400 for versions of two rules)")
    public DiffView diff(@Parameter(required = true) @QueryParam("from") Long from, @Parameter(required = true) @QueryParam("to") Long to) {
        if (from == null) {
            throw cn.ggw.common.ProblemException.invalid("from", "rules.diff.version.required");
        }
        if (to == null) {
            throw cn.ggw.common.ProblemException.invalid("to", "rules.diff.version.required");
        }
        return rules.diff(from, to);
    }

    @GET
    @Path("/rulebook")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getRulebook", summary = "The rules in force for a unit on a day (its own and those above it that apply to its kind)")
    public Rulebook rulebook(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                             @Parameter(description = "ISO date, default today", schema = @Schema(format = "date", implementation = String.class))
                             @QueryParam("on") String on) {
        if (unitId == null) {
            throw cn.ggw.common.ProblemException.invalid("unitId", "rules.unit.required");
        }
        return rules.rulebook(unitId, QueryParams.date("on", on));
    }

    @GET
    @Path("/rulebook/docx")
    @Produces({DOCX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "downloadRulebookDocx", summary = "制度上墙: the rulebook in force as a Word document (GB/T 9704 layout)")
    @APIResponse(responseCode = "200", description = "DOCX", content = @Content(mediaType = DOCX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response docx(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                         @Parameter(description = "ISO date, default today", schema = @Schema(format = "date", implementation = String.class))
                         @QueryParam("on") String on) {
        if (unitId == null) {
            throw cn.ggw.common.ProblemException.invalid("unitId", "rules.unit.required");
        }
        Rulebook book = rules.rulebook(unitId, QueryParams.date("on", on));
        byte[] bytes = documents.docx(book);
        return cn.ggw.common.Downloads.of(bytes, DOCX, book.unit().name() + "规章制度.docx");
    }
}
