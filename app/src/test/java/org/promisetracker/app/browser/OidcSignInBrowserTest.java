package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.app.support.TestProvider;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the council's identity provider in a real browser: the sign-in page's button, the
 * provider's own sign-in page (mock-oauth2-server's, which takes a username and the claims to
 * issue), and back signed in, with PKCE; signing out ends the provider's session too.
 */
@ExtendWith(OutputCaptureExtension.class)
class OidcSignInBrowserTest extends BrowserTest {

    @Autowired
    Queries queries;

    static final TestProvider PROVIDER = TestProvider.up();

    private static final String OFFICER = """
            {"preferred_username": "dawn.parker@council.example", "name": "Dawn Parker",
             "email": "dawn.parker@council.example", "roles": ["Tracker.Officer", "Mail.Send"]}""";

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.register(registry);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    void givenTheProvidersButton_whenSigningInThere_thenBackSignedInByNameWithTheMappedRoleInANewSession(
            CapturedOutput output) {
        browser.get(url("/plans"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElements(By.id("username")))
                .as("the local users' form is still there")
                .hasSize(1);
        Cookie before = browser.manage().getCookieNamed("SESSION");

        signInWithTheProvider("a7f3c2-subject", OFFICER);

        assertThat(browser.findElement(By.cssSelector(".who")).getText())
                .contains("Signed in as Dawn Parker dawn.parker@council.example (OFFICER)");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("South Ayrshire's Parenting Promise 2021-2030");
        // the user's name everywhere (the audit, and what commands record) is the username claim, not sub
        assertThat(output.getOut())
                .containsPattern("signed in: user=dawn\\.parker@council\\.example from=\\S+ via=oidc");
        Cookie after = browser.manage().getCookieNamed("SESSION");
        assertThat(after).isNotNull();
        assertThat(before).isNotNull();
        assertThat(after.getValue()).as("a new session id at sign-in").isNotEqualTo(before.getValue());
    }

    @Test
    void givenSignedInWithTheProvider_whenSigningOut_thenTheProvidersSessionEndsAndPagesAskToSignInAgain(
            CapturedOutput output) {
        signInWithTheProvider("b81d0e-subject", OFFICER);

        browser.findElement(By.cssSelector(".who button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?signedOut"));
        String endSession = PROVIDER.takeRequest(line -> line.startsWith("GET /entra/endsession"));
        assertThat(endSession)
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + url("/login?signedOut"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("You have signed out.");
        assertThat(output.getOut()).contains("signed out: user=dawn.parker@council.example");

        browser.get(url("/plans"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void givenNoMappedRole_whenSigningInWithTheProvider_thenSignedInSeeingNoPlanUntilMadeAMember() {
        signInWithTheProvider("c0ffee-subject", """
                {"preferred_username": "new.starter@council.example", "name": "New Starter", "roles": ["Mail.Send"]}""");

        assertThat(browser.findElement(By.id("no-plans")).getText()).contains("not a member of any plan");
        assertThat(browser.findElement(By.cssSelector(".who")).getText())
                .contains("Signed in as New Starter")
                .doesNotContain("(");
        String planId = queries.one(new FindPlans(), PlanList.class, "no plans")
                .plans()
                .get(0)
                .planId();
        browser.get(url("/plans/" + planId));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        browser.get(url("/plans/new"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot do this");
    }

    /** From the sign-in page through the provider's, checking the authorization request asked for PKCE. */
    private void signInWithTheProvider(String subject, String claims) {
        browser.get(url("/login"));
        browser.findElement(By.id("sign-in-with-provider")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains(PROVIDER.issuer() + "/authorize"));
        String authorization = PROVIDER.takeRequest(line -> line.startsWith("GET /entra/authorize"));
        assertThat(authorization)
                .contains("response_type=code", "client_id=" + TestProvider.CLIENT_ID, "nonce=", "state=")
                .contains("code_challenge_method=S256")
                .containsPattern("code_challenge=[A-Za-z0-9_-]{43}");

        browser.findElement(By.name("username")).sendKeys(subject);
        browser.findElement(By.name("claims")).sendKeys(claims);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(url("/plans")));
    }
}
