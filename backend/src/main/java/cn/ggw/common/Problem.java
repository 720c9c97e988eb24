package cn.ggw.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document: what went wrong, in words a village clerk understands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Error answer (application/problem+json); title, detail and messages follow Accept-Language (zh-CN or en).")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "urn:ggw:problem:validation") String type,
        @Schema(examples = "输入有误") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "请检查标出的字段。") String detail,
        @Schema(description = "This occurrence: the request id (also in the X-Request-Id header and in every log line of the request)",
                examples = "urn:ggw:request:6f1c0b9e-4a7d-4b8e-9a51-0c2f3d4e5a6b") String instance,
        @Schema(description = "Per-field messages, when the problem is about particular fields") List<FieldError> errors) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON name of the field or query parameter", examples = "name") String field,
            @Schema(examples = "名称不能为空") String message) {
    }
}
