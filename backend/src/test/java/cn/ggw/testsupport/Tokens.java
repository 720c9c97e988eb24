package cn.ggw.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signed access tokens shaped like the ggw realm's (issuer of the test OIDC server). */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "ggw-api";

    private Tokens() {
    }

    public static String of(String role, String unitCode) {
        return builder(role, unitCode).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String withoutUnit(String role) {
        return builder(role, null).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String expired(String role, String unitCode) {
        return builder(role, unitCode)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    public static String wrongAudience(String role, String unitCode) {
        return builder(role, unitCode).audience("account").jws().keyId("1").sign("privateKey.jwk");
    }

    /** Signed with a key the issuer never published. */
    public static String forged(String role, String unitCode) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder(role, unitCode).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder builder(String role, String unitCode) {
        String username = role + "." + (unitCode == null ? "none" : unitCode);
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .preferredUserName(username)
                .claim("name", "测试用户 " + username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        if (unitCode != null) {
            claims.claim("org_unit", unitCode);
        }
        return claims;
    }
}
