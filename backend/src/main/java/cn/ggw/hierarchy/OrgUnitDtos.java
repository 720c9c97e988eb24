package cn.ggw.hierarchy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the org-units API reads and writes. Entities never leave the service. */
public final class OrgUnitDtos {

    private OrgUnitDtos() {
    }

    @Schema(name = "OrgUnitRef", description = "A unit named by id, code, name and kind")
    public record OrgUnitRef(
            @Schema(examples = "2") long id,
            @Schema(examples = "220802100") String code,
            @Schema(examples = "平台镇") String name,
            OrgUnitKind kind) {

        static OrgUnitRef of(OrgUnit u) {
            return new OrgUnitRef(u.id, u.code, u.name, u.kind);
        }

        static OrgUnitRef of(OrgUnitRepository.RefRow u) {
            return new OrgUnitRef(u.id(), u.code(), u.name(), u.kind());
        }
    }

    @Schema(name = "OrgUnitSummary", description = "A unit as shown in trees and lists")
    public record OrgUnitSummary(
            @Schema(examples = "2") long id,
            @Schema(examples = "220802100") String code,
            @Schema(examples = "平台镇") String name,
            OrgUnitKind kind,
            @Schema(nullable = true, examples = "1") Long parentId,
            @Schema(description = "0 for the top of the hierarchy", examples = "1") int depth,
            @Schema(examples = "10") int sortOrder,
            boolean active,
            @Schema(description = "Active units directly below", examples = "14") long childCount) {

        static OrgUnitSummary of(OrgUnitRepository.UnitRow u) {
            return new OrgUnitSummary(u.id(), u.code(), u.name(), u.kind(), u.parentId(), u.depth(), u.sortOrder(), u.active(), u.childCount());
        }
    }

    @Schema(name = "OrgUnitDetail", description = "One unit with its breadcrumbs")
    public record OrgUnitDetail(
            long id,
            String code,
            String name,
            OrgUnitKind kind,
            @Schema(nullable = true) Long parentId,
            int depth,
            int sortOrder,
            boolean active,
            long childCount,
            @Schema(description = "From the top of the caller's scope down to this unit, inclusive") List<OrgUnitRef> breadcrumbs,
            @Schema(description = "Send back when changing the unit; a stale version is refused with 409") long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) Instant deactivatedAt,
            @Schema(nullable = true) String deactivationReason) {

        static OrgUnitDetail of(OrgUnit u, List<OrgUnitRef> breadcrumbs) {
            return new OrgUnitDetail(u.id, u.code, u.name, u.kind, u.parentId, u.depth, u.sortOrder, u.active,
                    u.activeChildCount, breadcrumbs, u.version, u.createdAt, u.updatedAt, u.deactivatedAt, u.deactivationReason);
        }
    }

    @Schema(name = "OrgUnitKindInfo")
    public record OrgUnitKindInfo(OrgUnitKind kind, List<OrgUnitKind> allowedChildKinds) {
    }

    @Schema(name = "CreateOrgUnitRequest")
    public record CreateOrgUnitRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2") Long parentId,
            @NotBlank(message = "{ggw.blank}") @Pattern(regexp = "[0-9A-Za-z-]{1,32}", message = "{ggw.code.pattern}")
            @Schema(required = true, examples = "220802100215") String code,
            @NotBlank(message = "{ggw.blank}") @Size(max = 100, message = "{ggw.name.size}")
            @Schema(required = true, examples = "红星村") String name,
            @NotNull(message = "{ggw.required}") @Schema(required = true) OrgUnitKind kind,
            @Min(value = 0, message = "{ggw.sort.range}") @Max(value = 100000, message = "{ggw.sort.range}")
            @Schema(nullable = true, description = "Position among siblings; after the last one when omitted") Integer sortOrder) {
    }

    @Schema(name = "UpdateOrgUnitRequest")
    public record UpdateOrgUnitRequest(
            @NotBlank(message = "{ggw.blank}") @Pattern(regexp = "[0-9A-Za-z-]{1,32}", message = "{ggw.code.pattern}")
            @Schema(required = true) String code,
            @NotBlank(message = "{ggw.blank}") @Size(max = 100, message = "{ggw.name.size}")
            @Schema(required = true) String name,
            @NotNull(message = "{ggw.required}") @Min(value = 0, message = "{ggw.sort.range}") @Max(value = 100000, message = "{ggw.sort.range}")
            @Schema(required = true) Integer sortOrder,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The version that was read") Long version) {
    }

    @Schema(name = "MoveOrgUnitRequest")
    public record MoveOrgUnitRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long newParentId,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long version) {
    }

    @Schema(name = "DeactivateOrgUnitRequest")
    public record DeactivateOrgUnitRequest(
            @NotBlank(message = "{ggw.blank}") @Size(max = 200, message = "{ggw.reason.size}")
            @Schema(required = true, examples = "村庄合并") String reason) {
    }
}
