package org.promisetracker.app.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.promisetracker.app.support.Http;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document and every page, for every kind of user, on a plan they
 * are a member of and on one they are not, against the policy written out here independently of
 * the rules in the code: global roles hold on every plan; memberships on their plan only; a user
 * holding nothing on a plan gets for its ids exactly what an unknown id gets, a 404; a role too
 * small is a 403; no sign-in is a 401 (API) or the sign-in page. A new endpoint fails this test
 * until the policy here says who may use it.
 * <p>
 * Writes are sent with a body the endpoint cannot accept (a text/plain API body; an empty form),
 * so a request let through is answered by the endpoint's own refusal and nothing is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("members")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Role {
        ADMIN,
        OFFICER,
        AUDITOR,
        APPROVER,
        VIEWER;

        /** The roles this one includes, itself among them: an administrator signs no round off. */
        Set<Role> reach() {
            return switch (this) {
                case ADMIN -> EnumSet.of(ADMIN, OFFICER, AUDITOR, VIEWER);
                case OFFICER -> EnumSet.of(OFFICER, VIEWER);
                case AUDITOR -> EnumSet.of(AUDITOR, VIEWER);
                case APPROVER -> EnumSet.of(APPROVER, VIEWER);
                case VIEWER -> EnumSet.of(VIEWER);
            };
        }
    }

    enum Scope {
        /** Anyone signed in; the answer is limited to the plans they may see. */
        SIGNED_IN,
        /** A global role only: operations and new plans. */
        GLOBAL,
        /** A role on the plan the path names, globally or by membership. */
        PLAN,
        /** A role held globally or on any one plan. */
        SOME_PLAN
    }

    record Rule(Scope scope, Set<Role> roles) {}

    record User(String name, Role global, Role member) {}

    /** How a request was answered: allowed, refused, hidden or sign-in; its status; and, for a 404, what it said. */
    record Outcome(String kind, int status, String said) {}

    private static final List<User> USERS = List.of(
            new User("admin", Role.ADMIN, null),
            new User("officer", Role.OFFICER, null),
            new User("auditor", Role.AUDITOR, null),
            new User("viewer", Role.VIEWER, null),
            new User("approver", Role.APPROVER, null),
            new User("plan.admin", null, Role.ADMIN),
            new User("plan.officer", null, Role.OFFICER),
            new User("plan.auditor", null, Role.AUDITOR),
            new User("plan.viewer", null, Role.VIEWER),
            new User("plan.approver", null, Role.APPROVER),
            new User("nobody", null, null));

    private static final Map<String, Rule> API = Map.ofEntries(
            entry("GET /api/v1/plans", signedIn()),
            entry("POST /api/v1/plans", global(Role.ADMIN)),
            entry("GET /api/v1/plans/{planId}", plan(Role.VIEWER)),
            entry("GET /api/v1/plans/{planId}/summary", plan(Role.VIEWER)),
            entry("GET /api/v1/plans/{planId}/dashboard", plan(Role.VIEWER)),
            entry("GET /api/v1/plans/{planId}/dashboard/document", plan(Role.VIEWER)),
            entry("GET /api/v1/plans/{planId}/reports", plan(Role.VIEWER)),
            entry("GET /api/v1/plans/{planId}/evidence", plan(Role.AUDITOR)),
            entry("GET /api/v1/plans/{planId}/members", plan(Role.ADMIN)),
            entry("PUT /api/v1/plans/{planId}/members", plan(Role.ADMIN)),
            entry("POST /api/v1/plans/{planId}/areas", plan(Role.ADMIN)),
            entry("POST /api/v1/plans/{planId}/actions", plan(Role.ADMIN)),
            entry("POST /api/v1/plans/{planId}/benefits", plan(Role.ADMIN)),
            entry("POST /api/v1/plans/{planId}/reports", plan(Role.ADMIN)),
            entry("POST /api/v1/plans/{planId}/imports", plan(Role.ADMIN)),
            entry("GET /api/v1/imports/template", somePlan(Role.ADMIN)),
            entry("POST /api/v1/actions/{actionId}/status", plan(Role.OFFICER)),
            entry("POST /api/v1/actions/{actionId}/notes", plan(Role.OFFICER)),
            entry("GET /api/v1/actions/{actionId}/history", plan(Role.OFFICER, Role.AUDITOR)),
            entry("POST /api/v1/benefits/{benefitId}/measurements", plan(Role.OFFICER)),
            entry("POST /api/v1/benefits/{benefitId}/measurements/{measurementId}/corrections", plan(Role.OFFICER)),
            entry("POST /api/v1/benefits/{benefitId}/rag", plan(Role.OFFICER)),
            entry("GET /api/v1/benefits/{benefitId}/history", plan(Role.OFFICER, Role.AUDITOR)),
            entry("GET /api/v1/reports/{reportId}", plan(Role.VIEWER)),
            entry("GET /api/v1/reports/{reportId}/document", plan(Role.VIEWER)),
            entry("GET /api/v1/reports/{reportId}/verification", plan(Role.AUDITOR)),
            entry("GET /api/v1/reports/{reportId}/restatements", plan(Role.AUDITOR)),
            entry("GET /api/v1/verify", signedIn()),
            entry("POST /api/v1/plans/{planId}/rounds", plan(Role.ADMIN)),
            entry("GET /api/v1/plans/{planId}/rounds", plan(Role.VIEWER)),
            entry("GET /api/v1/rounds/{roundId}", plan(Role.VIEWER)),
            entry("POST /api/v1/rounds/{roundId}/items/{itemId}/submit", plan(Role.OFFICER)),
            entry("POST /api/v1/rounds/{roundId}/items/{itemId}/approve", plan(Role.ADMIN)),
            entry("POST /api/v1/rounds/{roundId}/items/{itemId}/return", plan(Role.ADMIN)),
            entry("POST /api/v1/rounds/{roundId}/items/{itemId}/waive", plan(Role.ADMIN)),
            entry("POST /api/v1/rounds/{roundId}/sign-off", plan(Role.APPROVER)),
            entry("PUT /api/v1/actions/{actionId}/assignees", plan(Role.ADMIN)),
            entry("PUT /api/v1/benefits/{benefitId}/assignees", plan(Role.ADMIN)),
            entry("GET /api/v1/me/updates", signedIn()),
            entry("GET /api/v1/admin/parked", global(Role.ADMIN)),
            entry("POST /api/v1/admin/parked/retry", global(Role.ADMIN)),
            entry("GET /api/v1/admin/rebuild", global(Role.ADMIN)),
            entry("POST /api/v1/admin/rebuild", global(Role.ADMIN)));

    private static final Map<String, Rule> PAGES = Map.ofEntries(
            entry("GET /", signedIn()),
            entry("GET /plans", signedIn()),
            entry("GET /verify", signedIn()),
            entry("GET /plans/new", global(Role.ADMIN)),
            entry("POST /plans/new", global(Role.ADMIN)),
            entry("GET /admin/parked", global(Role.ADMIN)),
            entry("POST /admin/parked/retry", global(Role.ADMIN)),
            entry("GET /plans/{planId}", plan(Role.VIEWER)),
            entry("GET /plans/{planId}/print", plan(Role.VIEWER)),
            entry("GET /plans/{planId}/document", plan(Role.VIEWER)),
            entry("GET /plans/{planId}/reports", plan(Role.VIEWER)),
            entry("GET /plans/{planId}/areas/new", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/areas/new", plan(Role.ADMIN)),
            entry("GET /plans/{planId}/actions/new", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/actions/new", plan(Role.ADMIN)),
            entry("GET /plans/{planId}/benefits/new", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/benefits/new", plan(Role.ADMIN)),
            entry("GET /plans/{planId}/reports/new", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/reports/new", plan(Role.ADMIN)),
            entry("GET /plans/{planId}/import", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/import", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/import/confirm", plan(Role.ADMIN)),
            entry("GET /imports/template", somePlan(Role.ADMIN)),
            entry("GET /plans/{planId}/rounds", plan(Role.VIEWER)),
            entry("POST /plans/{planId}/rounds", plan(Role.ADMIN)),
            entry("GET /rounds/{roundId}", plan(Role.VIEWER)),
            // the item's assignees may too; the fixture's items have none, and the form reaches the handler
            entry("POST /rounds/{roundId}/items/{itemId}/submit", plan(Role.ADMIN)),
            entry("POST /rounds/{roundId}/items/{itemId}/approve", plan(Role.ADMIN)),
            entry("POST /rounds/{roundId}/items/{itemId}/return", plan(Role.ADMIN)),
            entry("POST /rounds/{roundId}/items/{itemId}/waive", plan(Role.ADMIN)),
            entry("POST /rounds/{roundId}/sign-off", plan(Role.APPROVER)),
            entry("GET /me/updates", signedIn()),
            entry("GET /plans/{planId}/members", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/members", plan(Role.ADMIN)),
            entry("POST /plans/{planId}/members/remove", plan(Role.ADMIN)),
            entry("GET /actions/{actionId}", plan(Role.VIEWER)),
            entry("POST /actions/{actionId}/status", plan(Role.OFFICER)),
            entry("POST /actions/{actionId}/notes", plan(Role.OFFICER)),
            entry("GET /benefits/{benefitId}", plan(Role.VIEWER)),
            entry("POST /benefits/{benefitId}/measurements", plan(Role.OFFICER)),
            entry("POST /benefits/{benefitId}/corrections", plan(Role.OFFICER)),
            entry("POST /benefits/{benefitId}/rag", plan(Role.OFFICER)),
            entry("GET /reports/{reportId}", plan(Role.VIEWER)),
            entry("GET /reports/{reportId}/document", plan(Role.VIEWER)),
            entry("GET /reports/{reportId}/restatements", plan(Role.AUDITOR)));

    /** Served to anyone, signed in or not; not part of the matrix. */
    private static final Set<String> OPEN = Set.of("GET /login", "GET /error", "POST /error", "PUT /error");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes;

    private Http api;
    /** The ids of the plan the plan.* users are members of, and of the other one, by path variable. */
    private Map<String, String> memberPlan;

    private Map<String, String> otherPlan;
    private final Map<String, Session> sessions = new HashMap<>();

    @BeforeAll
    void twoPlans() {
        api = new Http(port);
        memberPlan = planWithEverything("South Ayrshire's Parenting Promise 2021-2030");
        otherPlan = planWithEverything("South Lanarkshire Corporate Parenting Strategy (illustrative)");
        String members = """
                {"members": [
                  {"username": "plan.admin", "roles": ["ADMIN"]},
                  {"username": "Plan.Officer", "roles": ["officer"]},
                  {"username": "plan.auditor", "roles": ["AUDITOR"]},
                  {"username": "plan.viewer", "roles": ["VIEWER"]},
                  {"username": "plan.approver", "roles": ["APPROVER"]}
                ]}""";
        assertThat(api.put("/api/v1/plans/" + memberPlan.get("planId") + "/members", "admin", members)
                        .status())
                .isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> everyApiOperationOfTheOpenApiDocument() {
        JsonNode document = api.get("/v3/api-docs", "admin").ok();
        Set<String> operations = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations)
                .as("the OpenAPI document's operations are those routed under /api")
                .isEqualTo(routed("/api/"));
        assertThat(operations).as("every operation has its policy in this test").isEqualTo(API.keySet());
        return cases(operations, API, this::callApi);
    }

    @TestFactory
    Stream<DynamicTest> everyPage() {
        Set<String> pages = new TreeSet<>(routed("/"));
        pages.removeAll(routed("/api/"));
        pages.removeIf(route -> route.contains(" /v3/"));
        pages.removeAll(OPEN);
        assertThat(pages).as("every page and form has its policy in this test").isEqualTo(PAGES.keySet());
        return cases(pages, PAGES, pageCall);
    }

    private final Call pageCall = this::callPage;

    interface Call {
        Outcome send(String method, String path, User user) throws IOException;
    }

    private Stream<DynamicTest> cases(Set<String> operations, Map<String, Rule> policy, Call call) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            Rule rule = policy.get(operation);
            for (boolean member : new boolean[] {true, false}) {
                String path = fill(template, member ? memberPlan : otherPlan);
                String plan = member ? "their plan" : "another plan";
                tests.add(dynamicTest(operation + ", not signed in, " + plan, () -> {
                    Outcome outcome = call.send(method, path, null);
                    // a form posted without a session carries no CSRF token, refused before sign-in is asked
                    String expected = call == pageCall && !method.equals("GET") ? "refused" : "sign-in";
                    assertThat(outcome.kind()).as(method + " " + path).isEqualTo(expected);
                }));
                for (User user : USERS) {
                    tests.add(dynamicTest(operation + ", " + user.name() + ", " + plan, () -> {
                        String expected = expected(rule, user, member);
                        Outcome outcome = call.send(method, path, user);
                        assertThat(outcome.kind())
                                .as(user.name() + " " + method + " " + path + " (" + outcome.status() + ")")
                                .isEqualTo(expected);
                        if (expected.equals("hidden")) {
                            // just what an id that names nothing gets
                            String unknown = fill(template, unknownIds());
                            Outcome nothing = call.send(method, unknown, user);
                            assertThat(nothing)
                                    .as("an unknown id, " + method + " " + unknown)
                                    .isEqualTo(outcome);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** What the policy says {@code user} gets: allowed, refused (403), hidden (404). */
    private static String expected(Rule rule, User user, boolean member) {
        Set<Role> global = user.global() == null ? Set.of() : user.global().reach();
        Set<Role> anywhere = EnumSet.noneOf(Role.class);
        anywhere.addAll(global);
        if (user.member() != null) {
            anywhere.addAll(user.member().reach());
        }
        return switch (rule.scope()) {
            case SIGNED_IN -> "allowed";
            case GLOBAL -> holds(global, rule.roles()) ? "allowed" : "refused";
            case SOME_PLAN -> holds(anywhere, rule.roles()) ? "allowed" : "refused";
            case PLAN -> {
                Set<Role> onPlan = member ? anywhere : global;
                yield holds(onPlan, rule.roles()) ? "allowed" : onPlan.isEmpty() ? "hidden" : "refused";
            }
        };
    }

    private static boolean holds(Set<Role> held, Set<Role> wanted) {
        return held.stream().anyMatch(wanted::contains);
    }

    private Outcome callApi(String method, String path, User user) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (method.equals("GET")) {
            request.GET();
        } else {
            // no endpoint takes text: one let through refuses it (415), and records nothing
            request.header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString("x"));
        }
        if (user != null) {
            request.header("Authorization", Http.basic(user.name()));
        }
        HttpResponse<String> answer = send(HttpClient.newHttpClient(), request.build());
        int status = answer.statusCode();
        String kind = switch (status) {
            case 401 -> "sign-in";
            case 403 -> "refused";
            case 404 -> "hidden";
            default -> "allowed";
        };
        return new Outcome(kind, status, status == 404 ? withoutIds(detail(answer.body())) : "");
    }

    private Outcome callPage(String method, String path, User user) throws IOException {
        Session session = user == null ? new Session(null) : sessions.computeIfAbsent(user.name(), Session::new);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (method.equals("GET")) {
            request.GET();
        } else {
            // an empty form, with the session's token: one let through refuses it as a form would
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            session.token == null
                                    ? ""
                                    : "_csrf=" + URLEncoder.encode(session.token, StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = send(session.http, request.build());
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        String kind = status == 302 && location.endsWith("/login")
                ? "sign-in"
                : switch (status) {
                    case 403 -> "refused";
                    case 404 -> "hidden";
                    default -> "allowed";
                };
        return new Outcome(kind, status, status == 404 ? withoutIds(main(answer.body())) : "");
    }

    /** A page session, signed in through the form when it has a user, with its CSRF token. */
    private final class Session {

        final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token;

        Session(String user) {
            if (user == null) {
                return;
            }
            try {
                String form = send(http, page("/login")).body();
                String fields = "username=" + user + "&password=" + user + "-pw&_csrf="
                        + URLEncoder.encode(token(form), StandardCharsets.UTF_8);
                HttpResponse<String> signedIn = send(
                        http,
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(fields))
                                .build());
                assertThat(signedIn.headers().firstValue("Location").orElse(""))
                        .as(user + " signs in")
                        .doesNotContain("error");
                token = token(send(http, page("/plans")).body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private HttpRequest page(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .build();
        }

        private static String token(String page) {
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).as("a CSRF token in the page").isTrue();
            return token.group(1);
        }
    }

    /** The routes of the application's controllers under {@code prefix}, as "METHOD /path/{variable}". */
    private Set<String> routed(String prefix) {
        Set<String> routes = new TreeSet<>();
        this.routes.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of("GET", "POST", "PUT")
                    : info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(prefix)) {
                    methods.forEach(method -> routes.add(method + " " + pattern));
                }
            }
        });
        return routes;
    }

    private static String fill(String template, Map<String, String> ids) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertThat(path).as("every variable of " + template + " has an id").doesNotContain("{");
        return path;
    }

    private static Map<String, String> unknownIds() {
        Map<String, String> ids = new HashMap<>();
        for (String name :
                List.of("planId", "actionId", "benefitId", "reportId", "measurementId", "roundId", "itemId")) {
            ids.put(name, UUID.randomUUID().toString());
        }
        return ids;
    }

    private static String detail(String problem) {
        return Http.JSON.readTree(problem).path("detail").asString();
    }

    /** A page's own content, without the layout around it (whose sign-out form carries a fresh token). */
    private static String main(String page) {
        int start = page.indexOf("<main");
        int end = page.indexOf("</main>");
        return start < 0 || end < 0 ? page : page.substring(start, end);
    }

    /** With the ids taken out, so that what is said of one id compares equal to what is said of another. */
    private static String withoutIds(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
    }

    private Map<String, String> planWithEverything(String title) {
        String planId = created(api.post(
                "/api/v1/plans",
                "admin",
                Http.json(Map.of(
                        "title", title,
                        "organisation", "A council (illustrative)",
                        "startDate", "2021-04-01",
                        "endDate", "2030-03-31"))));
        String areaId = created(api.post(
                "/api/v1/plans/" + planId + "/areas",
                "admin",
                "{\"number\": 1, \"title\": \"Workforce understands the promise\"}"));
        String actionId = created(api.post(
                "/api/v1/plans/" + planId + "/actions",
                "admin",
                Http.json(Map.of(
                        "areaId", areaId,
                        "ref", "1.1",
                        "title", "Provide regular briefings on corporate parenting responsibilities",
                        "leadOfficer", "Corporate Parenting Lead Officer",
                        "effectiveFrom", "2021-04-01"))));
        String benefitId = created(api.post(
                "/api/v1/plans/" + planId + "/benefits",
                "admin",
                Http.json(Map.of(
                        "actionIds", List.of(actionId),
                        "title", "Staff who have completed Promise training",
                        "type", "QUANTITATIVE",
                        "measure", "Percentage of staff trained",
                        "collectionMethod", "Training records, quarterly",
                        "unit", "%",
                        "effectiveFrom", "2021-04-01"))));
        String measurementId = created(api.post(
                "/api/v1/benefits/" + benefitId + "/measurements",
                "admin",
                "{\"effectiveDate\": \"2022-03-31\", \"value\": 35, \"source\": \"Training records\"}"));
        String reportId = created(api.post(
                "/api/v1/plans/" + planId + "/reports",
                "admin",
                "{\"committee\": \"Performance and Audit Committee\", \"reportDate\": \"2023-02-20\", "
                        + "\"title\": \"Progress report\"}"));
        String roundId = created(api.post(
                "/api/v1/plans/" + planId + "/rounds",
                "admin",
                "{\"title\": \"February 2023 progress report\", \"committee\": \"Performance and Audit Committee\", "
                        + "\"reportDate\": \"2023-02-20\", \"updatesDue\": \"2023-01-31\"}"));
        return Map.of(
                "planId", planId,
                "actionId", actionId,
                "benefitId", benefitId,
                "measurementId", measurementId,
                "reportId", reportId,
                "roundId", roundId,
                "itemId", actionId);
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Rule signedIn() {
        return new Rule(Scope.SIGNED_IN, Set.of());
    }

    private static Rule global(Role role) {
        return new Rule(Scope.GLOBAL, EnumSet.of(role));
    }

    private static Rule plan(Role role, Role... more) {
        return new Rule(Scope.PLAN, EnumSet.of(role, more));
    }

    private static Rule somePlan(Role role) {
        return new Rule(Scope.SOME_PLAN, EnumSet.of(role));
    }
}
