package org.promisetracker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.StoredEvents;
import org.promisetracker.app.support.TestProvider;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API with the council's identity provider configured: its JWTs as bearer tokens beside HTTP
 * Basic, checked for signature (the issuer's JWKS), issuer, audience, expiry and not-before, with
 * the roles of their {@code roles} claim; every refusal a problem with a Bearer challenge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
@ExtendWith(OutputCaptureExtension.class)
class OidcBearerTokenTest {

    static final TestProvider PROVIDER = TestProvider.up();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        PROVIDER.register(registry);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    Http api;

    @BeforeEach
    void client() {
        api = new Http(port);
    }

    @Test
    void givenAnAdminToken_whenCreatingAPlan_then201AndRecordedByItsUsernameClaim() {
        String token = PROVIDER.token(
                "00u1-subject",
                Map.of("preferred_username", "dawn.parker@council.example", "roles", List.of("Tracker.Admin")));
        String id = UUID.randomUUID().toString();

        Http.Response created = api.post("/api/v1/plans", null, Http.json(plan(id)), bearer(token));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(new StoredEvents(eventStore)
                        .byId(id, created.json().get("eventId").asString())
                        .orElseThrow()
                        .getMetaData()
                        .get("recordedBy"))
                .isEqualTo("dawn.parker@council.example");
    }

    @Test
    void givenAViewerToken_whenPostingWhatOnlyAnAdminMay_then403ButItReads() {
        String token = PROVIDER.token("viewer-subject", Map.of("roles", "Tracker.Viewer"));

        Http.Response refused = api.post("/api/v1/plans", null, Http.json(plan(null)), bearer(token));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:promise-tracker:problem:not-allowed");

        assertThat(api.get("/api/v1/plans", null, bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void givenAnOfficerToken_whenReading_thenTheHierarchyGivesItViewersReadsButNotAdminsWrites() {
        String token = PROVIDER.token("officer-subject", Map.of("roles", List.of("Tracker.Officer", "Mail.Send")));

        assertThat(api.get("/api/v1/plans", null, bearer(token)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/plans", null, Http.json(plan(null)), bearer(token))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void givenATokenWithNoRoleClaim_whenReading_thenSignedInSeeingNoPlanUntilMadeAMember() {
        String token = PROVIDER.token("no-roles", Map.of("preferred_username", "No.Roles@council.example"));
        String planId = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/plans", "admin", Http.json(plan(planId))).status())
                .isEqualTo(201);

        assertThat(api.get("/api/v1/plans", null, bearer(token)).json()).isEmpty();
        Http.Response hidden = api.get("/api/v1/plans/" + planId, null, bearer(token));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail").asString()).isEqualTo("There is no plan " + planId + ".");
        assertThat(api.post("/api/v1/plans", null, Http.json(plan(null)), bearer(token))
                        .status())
                .isEqualTo(403);

        // a membership under the username claim, in another letter case, is theirs
        assertThat(api.put(
                                "/api/v1/plans/" + planId + "/members",
                                "admin",
                                "{\"members\": [{\"username\": \"no.roles@council.example\", \"roles\": [\"VIEWER\"]}]}")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/plans/" + planId, null, bearer(token)).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/plans", null, bearer(token)).json().findValuesAsString("planId"))
                .containsExactly(planId);
    }

    @Test
    void givenAnExpiredToken_whenCalling_then401ProblemWithABearerChallengeAndAnAuditLine(CapturedOutput output) {
        // issued two hours ago, expired one hour ago (so well past Spring's minute of clock skew)
        Date twoHoursAgo = Date.from(Instant.now().minusSeconds(7200));
        String token = PROVIDER.token(
                "late",
                TestProvider.CLIENT_ID,
                Map.of("roles", "Tracker.Admin", "iat", twoHoursAgo, "nbf", twoHoursAgo),
                -3600);

        Http.Response refused = api.get("/api/v1/plans", null, bearer(token));

        assertRefused(refused, "Jwt expired at");
        assertThat(output.getOut()).containsPattern("bearer token refused: from=127\\.0\\.0\\.1 reason=.*expired");
        assertThat(output.getOut()).doesNotContain(token);
    }

    @Test
    void givenATokenNotValidYet_whenCalling_then401() {
        String token = PROVIDER.token(
                "early",
                Map.of("roles", "Tracker.Admin", "nbf", Date.from(Instant.now().plusSeconds(3600))));

        assertRefused(api.get("/api/v1/plans", null, bearer(token)), "Jwt used before");
    }

    @Test
    void givenATokenForAnotherAudience_whenCalling_then401() {
        String token = PROVIDER.token("elsewhere", "another-api", Map.of("roles", "Tracker.Admin"), 3600);

        assertRefused(api.get("/api/v1/plans", null, bearer(token)), "aud");
    }

    @Test
    void givenATokenSignedWithAnotherKeyUnderTheProvidersKeyId_whenCalling_then401() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID(PROVIDER.keyId()).generate();
        Instant now = Instant.now();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(forger.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(PROVIDER.issuer())
                        .audience(TestProvider.CLIENT_ID)
                        .subject("forger")
                        .issueTime(Date.from(now))
                        .notBeforeTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(600)))
                        .claim("roles", List.of("Tracker.Admin"))
                        .build());
        forged.sign(new RSASSASigner(forger));

        Http.Response refused = api.post("/api/v1/plans", null, Http.json(plan(null)), bearer(forged.serialize()));

        assertRefused(refused, "Invalid signature");
    }

    @Test
    void givenGarbageForAToken_whenCalling_then401() {
        assertRefused(api.get("/api/v1/plans", null, bearer("not-a-jwt")), "Malformed");
    }

    @Test
    void givenNoCredentials_whenCalling_then401ChallengingForBasicAndBearer() {
        Http.Response refused = api.get("/api/v1/plans", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.raw().headers().allValues("WWW-Authenticate"))
                .containsExactlyInAnyOrder("Basic realm=\"Promise Tracker\"", "Bearer realm=\"Promise Tracker\"");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:promise-tracker:problem:not-authenticated");
    }

    @Test
    void givenTheProviderConfigured_whenALocalUserCallsWithBasic_thenItStillWorks() {
        assertThat(api.get("/api/v1/plans", "viewer").status()).isEqualTo(200);
    }

    @Test
    void givenTheChallengesMetadataAddress_whenRead_thenItNamesTheIssuer() {
        Http.Response metadata = api.get("/.well-known/oauth-protected-resource", null);

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("authorization_servers").get(0).asString())
                .isEqualTo(PROVIDER.issuer());
        assertThat(metadata.json()
                        .get("tls_client_certificate_bound_access_tokens")
                        .asBoolean())
                .isFalse();
    }

    /** 401, a Bearer challenge naming the fault, a problem saying why; no stack trace or class name. */
    private static void assertRefused(Http.Response refused, String why) {
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate"))
                .startsWith("Bearer realm=\"Promise Tracker\", error=\"invalid_token\"");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:promise-tracker:problem:not-authenticated");
        assertThat(refused.json().get("detail").asString()).startsWith("The bearer token was refused: ");
        assertThat(refused.json().get("detail").asString()).contains(why);
        assertThat(refused.raw().body()).doesNotContain("Exception", "\tat ", "org.springframework");
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> plan(String id) {
        Map<String, Object> plan = new java.util.LinkedHashMap<>();
        if (id != null) {
            plan.put("id", id);
        }
        plan.put("title", "Fife's Promise Plan 2024-2027");
        plan.put("organisation", "Fife Council");
        plan.put("startDate", "2024-04-01");
        plan.put("endDate", "2027-03-31");
        plan.put("areaLabel", "Priority");
        return plan;
    }
}
