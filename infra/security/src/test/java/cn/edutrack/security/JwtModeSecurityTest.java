package cn.edutrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production mode: bearer JWTs signed by the identity provider, validated with its public key, the actor read
 * from claims whose names are configured (here Keycloak-like: roles nested in {@code realm_access.roles}).
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"edutrack.security.mode=jwt",
                "edutrack.security.claims.user-id=preferred_username",
                "edutrack.security.claims.role=realm_access.roles",
                "edutrack.security.claims.role-prefix=edutrack-",
                "edutrack.security.claims.organisation=org",
                "edutrack.security.claims.jurisdiction=jurisdiction"})
class JwtModeSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("idp-public-key", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
    }

    @Test
    void the_actor_is_read_from_the_configured_claims() throws Exception {
        String token = token(PROVIDER, claims(List.of("offline_access", "edutrack-manager")), 300);

        HttpResponse<String> me = get("/api/me", token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).isEqualTo("{\"userId\":\"wang.li\",\"role\":\"MANAGER\","
                + "\"organisation\":\"魏县教育体育局\",\"jurisdiction\":\"CN-13/邯郸市/魏县\"}");
    }

    @Test
    void no_token_is_401_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> answer = get("/api/me", null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(answer.body()).contains("urn:edutrack:problem:unauthenticated");
    }

    @Test
    void a_token_signed_by_another_key_or_expired_is_refused() throws Exception {
        assertThat(get("/api/me", token(STRANGER, claims(List.of("edutrack-auditor")), 300)).statusCode())
                .isEqualTo(401);
        HttpResponse<String> expired = get("/api/me", token(PROVIDER, claims(List.of("edutrack-auditor")), -120));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void a_token_with_two_edutrack_roles_or_without_a_jurisdiction_is_refused_naming_the_claim() throws Exception {
        HttpResponse<String> twoRoles = get("/api/me",
                token(PROVIDER, claims(List.of("edutrack-supervisor", "edutrack-auditor")), 300));
        Map<String, Object> noJurisdiction = new java.util.HashMap<>(claims(List.of("edutrack-auditor")));
        noJurisdiction.remove("jurisdiction");
        HttpResponse<String> missing = get("/api/me", token(PROVIDER, noJurisdiction, 300));

        assertThat(twoRoles.statusCode()).isEqualTo(401);
        assertThat(twoRoles.body()).contains("claim realm_access.roles must name exactly one Edutrack role");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).contains("claim jurisdiction is missing");
    }

    @Test
    void the_role_from_the_token_is_what_the_rules_see() throws Exception {
        String supervisor = token(PROVIDER, claims(List.of("edutrack-supervisor")), 300);

        HttpResponse<String> read = get("/api/things?code=CN-13%2F%E9%82%AF%E9%83%B8%E5%B8%82%2F%E9%AD%8F%E5%8E%BF",
                supervisor);
        HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/things")).header("Authorization", "Bearer " + supervisor)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> claims(List<String> roles) {
        return Map.of("preferred_username", "wang.li", "realm_access", Map.of("roles", roles),
                "org", "魏县教育体育局", "jurisdiction", "CN-13/邯郸市/魏县");
    }

    private static String token(KeyPair key, Map<String, Object> claims, long secondsValid) throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("f3a1c2d4").issuer("https://idp.example")
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(Instant.now().plusSeconds(secondsValid)));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                set.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
