package cn.ggw.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests whose responses are checked against the OpenAPI document the app serves
 * (which {@code OpenApiContractTest} keeps equal to the committed openapi.yaml).
 */
public final class Api {

    private static OpenApiValidationFilter contract;

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given()
                .config(RestAssured.config().headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept-Language")))
                .filter(contract())
                .contentType(ContentType.JSON)
                .accept("application/json, application/problem+json")
                .header("Accept-Language", "zh-CN");
    }

    private static synchronized OpenApiValidationFilter contract() {
        if (contract == null) {
            String spec = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .withLevelResolver(LevelResolver.create()
                            // Bad-input tests send invalid requests on purpose: only answers are checked.
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            contract = new OpenApiValidationFilter(validator);
        }
        return contract;
    }
}
