package cn.ggw.volunteers.census;

import cn.ggw.security.ScopeFilter;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One census file on its way into the register. Scoped by the uploader's unit: only callers whose
 * scope covers it see it. The background job writes the progress and outcome columns with JDBC.
 */
@Entity
@Table(name = "volunteer_import")
@Filter(name = ScopeFilter.NAME)
public class CensusImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "file_size", nullable = false)
    public long fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    public String fileSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public CensusFormat format;

    @Column(name = "sheet_name", length = 100)
    public String sheetName;

    /** [{name, rows}]: every worksheet of the workbook and its non-empty rows (null for CSV and older imports). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sheets")
    public com.fasterxml.jackson.databind.JsonNode sheets;

    @Column(name = "header_row", nullable = false)
    public int headerRow;

    /** [{index, letter, header, suggested, field}] */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode columns;

    @Column(name = "default_unit_id")
    public Long defaultUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportStatus status;

    @Column(name = "phase_rows", nullable = false)
    public int phaseRows;

    @Column(name = "total_rows")
    public Integer totalRows;

    @Column(name = "to_create")
    public Integer toCreate;

    @Column(name = "to_update")
    public Integer toUpdate;

    @Column(name = "unchanged")
    public Integer unchanged;

    @Column(name = "rejected")
    public Integer rejected;

    @Column(name = "with_warnings")
    public Integer withWarnings;

    @Enumerated(EnumType.STRING)
    @Column(name = "commit_mode", length = 16)
    public ImportMode commitMode;

    @Column(name = "confirm_warnings")
    public Boolean confirmWarnings;

    @Column(name = "created_count")
    public Integer createdCount;

    @Column(name = "updated_count")
    public Integer updatedCount;

    @Column(name = "skipped_count")
    public Integer skippedCount;

    @Column(name = "failure_code", length = 100)
    public String failureCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "failure_args")
    public JsonNode failureArgs;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "committed_at")
    public Instant committedAt;

    @Version
    public long version;
}
