package cn.ggw.volunteers.census;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the census-import API reads and writes. No full ID number or phone ever leaves it. */
public final class CensusImportDtos {

    private CensusImportDtos() {
    }

    @Schema(name = "VolunteerImport", description = "A census file being imported into the 五老 register")
    public record ImportView(
            long id,
            @Schema(examples = "平台镇五老花名册.xlsx") String fileName,
            @Schema(description = "Bytes", examples = "524288") long fileSize,
            CensusFormat format,
            @Schema(nullable = true, description = "The worksheet read", examples = "Sheet1") String sheetName,
            @Schema(description = "Every worksheet of the workbook with its non-empty rows (the header and title rows included),"
                    + " and which one is read; another is read by uploading again with ?sheet=. Empty for CSV") List<ImportSheet> sheets,
            @Schema(description = "The spreadsheet row holding the column headers", examples = "2") int headerRow,
            ImportStatus status,
            @Schema(description = "The file's columns, what each was recognised as and what it is mapped to") List<ImportColumn> columns,
            @Schema(nullable = true, description = "Where people go when the file has no unit column") OrgUnitRef defaultUnit,
            @Schema(nullable = true, description = "While the dry run or the commit runs") ImportProgress progress,
            @Schema(nullable = true, description = "The dry run's outcome, once it has run") ImportSummary summary,
            @Schema(nullable = true) ImportMode commitMode,
            @Schema(nullable = true, description = "What the commit wrote") ImportResult result,
            @Schema(nullable = true, description = "Why the import failed; nothing was written") ImportFailure failure,
            @Schema(nullable = true, description = "An earlier import of the very same file that was committed") EarlierImport sameFileAs,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            @Schema(nullable = true) Instant committedAt,
            @Schema(description = "Send back with the mapping and the commit; a stale version is refused with 409") long version) {
    }

    @Schema(name = "VolunteerImportSheet")
    public record ImportSheet(@Schema(examples = "补充名单") String name, @Schema(description = "Non-empty rows") int rows,
                              @Schema(description = "Whether this import reads it") boolean read) {
    }

    @Schema(name = "VolunteerImportColumn")
    public record ImportColumn(
            @Schema(description = "0 for column A") int index,
            @Schema(examples = "C") String letter,
            @Schema(examples = "身份证号码") String header,
            @Schema(nullable = true, description = "What the header was recognised as") ImportField suggested,
            @Schema(nullable = true, description = "What the column is mapped to; null: ignored") ImportField field) {
    }

    @Schema(name = "VolunteerImportProgress")
    public record ImportProgress(
            @Schema(description = "Rows read so far") int processedRows,
            @Schema(nullable = true, description = "Rows in the file, when known (after the dry run)") Integer totalRows) {
    }

    @Schema(name = "VolunteerImportSummary", description = "What committing would do")
    public record ImportSummary(
            @Schema(description = "Data rows in the file") int totalRows,
            int toCreate,
            int toUpdate,
            @Schema(description = "Already in the register exactly so") int unchanged,
            @Schema(description = "Rows with at least one error") int rejected,
            @Schema(description = "Rows without errors but with a warning to confirm (e.g. an unusually young person)") int withWarnings) {
    }

    @Schema(name = "VolunteerImportResult")
    public record ImportResult(int created, int updated, int unchanged,
                               @Schema(description = "Rows left out (rejected, or warnings not confirmed)") int skipped) {
    }

    @Schema(name = "VolunteerImportFailure")
    public record ImportFailure(@Schema(examples = "import.registry-changed") String code, String message) {
    }

    @Schema(name = "EarlierVolunteerImport")
    public record EarlierImport(long id, String fileName, Instant committedAt, String createdBy) {
    }

    @Schema(name = "VolunteerImportMappingRequest")
    public record MappingRequest(
            @NotNull(message = "{ggw.required}") @Size(max = 200, message = "{ggw.import.columns.size}") @Valid
            @Schema(required = true, description = "Every column to use, with the field it fills; columns left out are ignored")
            List<@NotNull(message = "{ggw.required}") @Valid ColumnMapping> columns,
            @Schema(nullable = true, description = "Home unit for every row; required when no column is mapped to UNIT") Long defaultUnitId,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long version) {
    }

    @Schema(name = "VolunteerImportColumnMapping")
    public record ColumnMapping(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2") Integer index,
            @NotNull(message = "{ggw.required}") @Schema(required = true) ImportField field) {
    }

    @Schema(name = "VolunteerImportCommitRequest")
    public record CommitRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true) ImportMode mode,
            @Schema(nullable = true, description = "Also write the rows that only carry warnings") Boolean confirmWarnings,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long version) {
    }

    @Schema(name = "VolunteerImportIssue", description = "One problem in one row, named as the clerk sees it in Excel")
    public record IssueView(
            @Schema(description = "The spreadsheet's own row number", examples = "17") int rowNumber,
            @Schema(nullable = true, examples = "C") String column,
            @Schema(nullable = true, examples = "身份证号码") String header,
            @Schema(nullable = true) ImportField field,
            IssueSeverity severity,
            @Schema(examples = "volunteer.id-number.check") String code,
            @Schema(examples = "身份证号最后一位校验码不对，请核对") String message) {
    }

    @Schema(name = "VolunteerImportChange", description = "One person the commit would create or update")
    public record ChangeView(
            int rowNumber,
            ImportAction action,
            @Schema(nullable = true, description = "The person already on the register (updates)") Long volunteerId,
            String name,
            @Schema(examples = "229998********1234") String idNumberMasked,
            OrgUnitRef unit,
            @Schema(description = "For updates: each changed field, personal values masked") List<FieldChange> changes) {
    }

    @Schema(name = "VolunteerImportFieldChange")
    public record FieldChange(ImportField field, @Schema(nullable = true) String before, @Schema(nullable = true) String after) {
    }

    public enum IssueSeverity {
        ERROR,
        WARNING
    }

    public enum ImportAction {
        CREATE,
        UPDATE
    }
}
