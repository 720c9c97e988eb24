package cn.ggw.exemplars;

import cn.ggw.exemplars.ExemplarDtos.QuotaView;
import cn.ggw.exemplars.ExemplarDtos.SetQuotaRequest;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/exemplar-quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exemplars")
public class QuotaResource {

    @Inject
    QuotaService quotas;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listExemplarQuotas", summary = "The quotas (名额) that apply to the caller's unit, with the places taken")
    public List<QuotaView> list(@Parameter(description = "Only this year") @QueryParam("year") Integer year) {
        return quotas.applying(year);
    }

    @PUT
    @RolesAllowed({Roles.DISTRICT_ADMIN})
    @Operation(operationId = "setExemplarQuota", summary = "Set how many exemplars of a category the caller's subtree may nominate in a year")
    public QuotaView set(@Valid @NotNull(message = "{ggw.required}") SetQuotaRequest request) {
        return quotas.set(request);
    }
}
