package cn.ggw.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Test resources for every @QuarkusTest: a real PostgreSQL 17 and a token issuer with real signed JWTs. */
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class GlobalTestResources {

    private GlobalTestResources() {
    }
}
