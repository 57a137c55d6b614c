package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ActionPageBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Queries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenAnOverdueAction_whenAnOfficerRecordsItCompleted_thenTheTimelineAndStatusShowIt() {
        ActionView overdue = anOverdueSouthLanarkshireAction();
        signInAs("officer");
        browser.get(url("/actions/" + overdue.actionId()));
        assertThat(browser.findElement(By.id("overdue")).getText()).contains("Overdue");

        new Select(browser.findElement(By.id("status-status"))).selectByValue("COMPLETED");
        browser.findElement(By.id("status-comment")).sendKeys("Completed: Champions Board in place (browser test).");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is recorded"));
        assertThat(browser.findElement(By.id("status-now")).getText()).startsWith("Completed since");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains(
                        "Status changed to completed",
                        "Completed: Champions Board in place (browser test).",
                        "officer");
        assertThat(browser.findElements(By.id("overdue"))).isEmpty();
        screenshot("action-completed");
    }

    @Test
    void givenAFutureEffectiveDate_whenSubmitted_thenTheMessageShowsBesideTheFieldAndTheTypedValuesStay() {
        ActionView overdue = anOverdueSouthLanarkshireAction();
        signInAs("officer");
        browser.get(url("/actions/" + overdue.actionId()));
        String future = LocalDate.now(LONDON).plusDays(10).toString();

        new Select(browser.findElement(By.id("status-status"))).selectByValue("PROGRESSING");
        setValue(browser.findElement(By.id("status-effectiveDate")), future);
        browser.findElement(By.id("status-comment")).sendKeys("Typed before the mistake");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();

        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.findElement(By.cssSelector("a[href='#status-effectiveDate']"))
                        .getText())
                .contains("is in the future");
        WebElement field = browser.findElement(By.id("status-effectiveDate")).findElement(By.xpath(".."));
        assertThat(field.findElement(By.cssSelector(".error-message")).getText())
                .contains("is in the future");
        assertThat(browser.findElement(By.id("status-effectiveDate")).getAttribute("value"))
                .isEqualTo(future);
        assertThat(browser.findElement(By.id("status-comment")).getAttribute("value"))
                .isEqualTo("Typed before the mistake");
        assertThat(new Select(browser.findElement(By.id("status-status")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("PROGRESSING");
        screenshot("action-future-date");
    }

    @Test
    void givenACompletedAction_whenReopenedWithoutAComment_thenTheCommentFieldSaysWhy() {
        ActionView overdue = anOverdueSouthLanarkshireAction();
        signInAs("officer");
        browser.get(url("/actions/" + overdue.actionId()));
        new Select(browser.findElement(By.id("status-status"))).selectByValue("COMPLETED");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-now"), "Completed"));

        new Select(browser.findElement(By.id("status-status"))).selectByValue("ON_TARGET");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();

        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.findElement(By.cssSelector("a[href='#status-comment']"))
                        .getText())
                .contains("reopened");
        assertThat(browser.findElement(By.id("status-comment"))
                        .findElement(By.xpath(".."))
                        .findElement(By.cssSelector(".error-message"))
                        .getText())
                .contains("reopened");
        assertThat(new Select(browser.findElement(By.id("status-status")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("ON_TARGET");
    }

    @Test
    void givenAViewer_whenOpeningAnAction_thenNoFormsShowAndAPostedFormIsRefused() {
        ActionView action = anySouthLanarkshireAction();
        signInAs("viewer");
        browser.get(url("/actions/" + action.actionId()));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Action added");
        assertThat(browser.findElements(By.tagName("form")).stream().map(form -> form.getAttribute("action")))
                .allMatch(action1 -> action1.endsWith("/logout"));

        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        """
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name=_csrf]').content;
                const body = new URLSearchParams({status: 'COMPLETED', effectiveDate: arguments[1], _csrf: token});
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'})
                    .then(response => done(response.status), error => done('failed: ' + error));
                """,
                        url("/actions/" + action.actionId() + "/status"),
                        LocalDate.now(LONDON).toString());
        assertThat(status).isEqualTo(403L);
    }

    @Test
    void givenANoteTheReadSideRefuses_whenRecorded_thenTheActionSaysSoAndAdminRetriesItOnceFixed() {
        ActionView action = anySouthLanarkshireAction();
        // stands in for a projection that cannot take this note (a bug, a full disk)
        alterFactTables(
                "ADD CONSTRAINT refuses_browser_test CHECK (text IS NULL OR text NOT LIKE '%refused by the read side%') "
                        + "NOT VALID");
        try {
            signInAs("officer");
            browser.get(url("/actions/" + action.actionId()));
            browser.findElement(By.id("note-text")).sendKeys("A note refused by the read side (browser test)");
            browser.findElement(By.cssSelector("#note-form button[type=submit]"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is recorded"));
            browser.navigate().refresh();
            assertThat(browser.findElement(By.id("parked")).getText())
                    .contains("Not everything recorded can be shown yet", "Action " + action.ref(), "1 update");
            screenshot("action-parked");
        } finally {
            alterFactTables("DROP CONSTRAINT IF EXISTS refuses_browser_test");
        }

        browser.manage().deleteAllCookies();
        signInAs("admin");
        browser.get(url("/admin/parked"));
        assertThat(browser.findElement(By.id("parked-items")).getText())
                .contains(action.actionId(), "refuses_browser_test");
        browser.findElement(By.id("retry-parked")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "1 now shown"));
        assertThat(browser.findElement(By.id("none-parked")).getText()).contains("Nothing is parked");
        browser.get(url("/actions/" + action.actionId()));
        assertThat(browser.findElements(By.id("parked"))).isEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("A note refused by the read side (browser test)");
    }

    @Test
    void
            givenAPublishedReport_whenAStatusWithinItsPeriodIsRecordedWithoutAReason_thenTheLockShowsBesideTheReasonField() {
        // South Ayrshire's demo data publishes the February 2023 report to its Performance and Audit Committee
        ActionView action = aSouthAyrshireAction();
        signInAs("officer");
        browser.get(url("/actions/" + action.actionId()));
        new Select(browser.findElement(By.id("status-status"))).selectByValue("PROGRESSING");
        setValue(browser.findElement(By.id("status-effectiveDate")), "2023-02-10");
        browser.findElement(By.id("status-comment")).sendKeys("Sign-off slipped (browser test)");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();

        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        String locked = "The period to 20 February 2023 was reported to the Performance and Audit Committee";
        assertThat(summary.findElement(By.cssSelector("a[href='#status-lateReason']"))
                        .getText())
                .contains(locked);
        WebElement field = browser.findElement(By.id("status-lateReason")).findElement(By.xpath(".."));
        assertThat(field.findElement(By.tagName("label")).getText()).isEqualTo("Reason for recording late");
        assertThat(field.findElement(By.cssSelector(".error-message")).getText())
                .contains(locked);
        assertThat(browser.findElement(By.id("status-comment")).getAttribute("value"))
                .isEqualTo("Sign-off slipped (browser test)");
        screenshot("action-locked-period");

        browser.findElement(By.id("status-lateReason"))
                .sendKeys("The February return came after the paper went to committee (browser test).");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is recorded"));
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains(
                        "Sign-off slipped (browser test)",
                        "Recorded after the report: The February return came after the paper went to committee"
                                + " (browser test).");
    }

    private void alterFactTables(String change) {
        jdbc.queryForList(
                        "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_name = 'fact'",
                        String.class)
                .forEach(table -> jdbc.execute("ALTER TABLE " + table + " " + change));
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private PlanDashboard southLanarkshire() {
        PlanHeader plan = queries.one(new FindPlans(), PlanList.class, "no plans").plans().stream()
                .filter(p -> p.title().startsWith("South Lanarkshire"))
                .findFirst()
                .orElseThrow();
        return queries.one(
                new FindPlanDashboard(plan.planId(), LocalDate.now(LONDON), java.time.Instant.now()),
                PlanDashboard.class,
                "no plan");
    }

    private ActionView aSouthAyrshireAction() {
        PlanHeader plan = queries.one(new FindPlans(), PlanList.class, "no plans").plans().stream()
                .filter(p -> p.title().startsWith("South Ayrshire"))
                .findFirst()
                .orElseThrow();
        return queries.one(
                        new FindPlanDashboard(plan.planId(), LocalDate.now(LONDON), java.time.Instant.now()),
                        PlanDashboard.class,
                        "no plan")
                .areas()
                .get(0)
                .actions()
                .get(0);
    }

    private ActionView anOverdueSouthLanarkshireAction() {
        return southLanarkshire().areas().stream()
                .flatMap(area -> area.actions().stream())
                .filter(ActionView::overdue)
                .findFirst()
                .orElseThrow();
    }

    private ActionView anySouthLanarkshireAction() {
        return southLanarkshire().areas().get(0).actions().get(0);
    }
}
