package cn.ggw.accounts;

import cn.ggw.accounts.AccountDtos.AccountView;
import cn.ggw.accounts.AccountDtos.CreateAccountRequest;
import cn.ggw.accounts.AccountDtos.ResetPasswordRequest;
import cn.ggw.accounts.AccountDtos.UpdateAccountRequest;
import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISTRICT_ADMIN)
@Tag(name = "Accounts", description = "账号管理: staff accounts, provisioned in Keycloak, within the caller's scope")
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "listAccounts", summary = "Accounts in the caller's scope, by username")
    public Page<AccountView> list(@QueryParam("unitId") Long unitId,
                                  @QueryParam("q") String q,
                                  @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        if (q != null && q.length() > 50) {
            throw ProblemException.invalid("q", "search.length", 50);
        }
        return accounts.list(unitId, q, Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "One account")
    public AccountView get(@PathParam("id") String id) {
        return accounts.get(id);
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account: a Keycloak user with the role and the unit; the password must be changed at first sign-in")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public Response create(@Valid @NotNull(message = "{ggw.required}") CreateAccountRequest request, @Context UriInfo uri) {
        AccountView created = accounts.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/accounts/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAccount", summary = "Change the name, role or unit of an account; its sessions end so that the change applies at once")
    public AccountView update(@PathParam("id") String id, @Valid @NotNull(message = "{ggw.required}") UpdateAccountRequest request) {
        return accounts.update(id, request);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableAccount", summary = "Disable an account and end its sessions")
    public AccountView disable(@PathParam("id") String id) {
        return accounts.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableAccount", summary = "Enable an account")
    public AccountView enable(@PathParam("id") String id) {
        return accounts.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/reset-password")
    @Operation(operationId = "resetAccountPassword", summary = "Set a temporary password, to be changed at the next sign-in")
    @APIResponse(responseCode = "204", description = "Done")
    public Response resetPassword(@PathParam("id") String id, @Valid @NotNull(message = "{ggw.required}") ResetPasswordRequest request) {
        accounts.resetPassword(id, request.temporaryPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/sync")
    @Operation(operationId = "syncAccounts", summary = "Adopt accounts that were created directly in Keycloak and belong to units in the caller's scope")
    public SyncResult sync() {
        caller.requireRoot();
        int added = accounts.adopt(caller::covers, code -> hierarchy.findVisibleByCode(code).orElse(null));
        return new SyncResult(added);
    }

    @Schema(name = "AccountSyncResult")
    public record SyncResult(int adopted) {
    }
}
