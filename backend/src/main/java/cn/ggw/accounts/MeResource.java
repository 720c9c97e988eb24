package cn.ggw.accounts;

import cn.ggw.accounts.AccountDtos.Me;
import cn.ggw.accounts.AccountDtos.Permissions;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "The signed-in caller")
public class MeResource {

    @Inject
    CallerScope caller;

    @Inject
    HierarchyService hierarchy;

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Who I am: roles, unit and what I may do")
    public Me me() {
        var unit = caller.root().flatMap(r -> hierarchy.findVisible(r.unitId())).map(HierarchyService.VisibleUnit::ref).orElse(null);
        boolean admin = caller.hasRole(Roles.DISTRICT_ADMIN);
        return new Me(caller.username(), caller.displayName(),
                caller.roles().stream().filter(r -> Roles.STAFF_ROLES.contains(r) || Roles.CITY_API.equals(r)).sorted().toList(),
                unit, new Permissions(admin && unit != null, admin && unit != null, admin && unit != null));
    }
}
