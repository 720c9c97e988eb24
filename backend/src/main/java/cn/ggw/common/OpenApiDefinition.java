package cn.ggw.common;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Puts the problem schema into the contract (every operation refers to it). */
@OpenAPIDefinition(
        info = @Info(title = "关工委工作平台 API (ggw)", version = "1.0.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public final class OpenApiDefinition {

    private OpenApiDefinition() {
    }
}
