package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every admin form and the officer forms of a benefit, in the order a new plan needs them: plan,
 * area, action, benefit; then a measurement, a note and a RAG assessment, all shown on the dashboard.
 */
class AdminBuildsAPlanBrowserTest extends BrowserTest {

    @Test
    void givenAnAdmin_whenBuildingAPlanThroughTheForms_thenTheDashboardShowsItAll() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        signInAs("admin");
        wait.until(ExpectedConditions.urlContains("/plans"));

        browser.get(url("/plans/new"));
        type("title", "North Ayrshire Corporate Parenting Plan 2024-2027 (illustrative)");
        type("organisation", "North Ayrshire Council (illustrative)");
        date("startDate", "2024-04-01");
        date("endDate", "2027-03-31");
        type("areaLabel", "Priority");
        submit("#form");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("narrative")));
        String dashboard = browser.getCurrentUrl();

        browser.findElement(By.linkText("Add an area")).click();
        type("number", "1");
        type("title", "Listen to care experienced young people");
        submit("#form");
        wait.until(ExpectedConditions.urlToBe(dashboard));

        browser.findElement(By.linkText("Add an action")).click();
        new Select(browser.findElement(By.id("areaId"))).selectByIndex(1);
        type("ref", "1.1");
        type("title", "Set up a Champions Board (illustrative)");
        type("leadOfficer", "Service Manager (Children and Justice)");
        date("dueDate", "2025-03-31");
        submit("#form");
        wait.until(ExpectedConditions.urlMatches("/actions/[0-9a-f-]{36}"));

        browser.get(dashboard);
        browser.findElement(By.linkText("Add a benefit")).click();
        browser.findElement(By.cssSelector("fieldset#actionIds input[type=checkbox]"))
                .click();
        type("title", "Young people attending the Champions Board (illustrative)");
        new Select(browser.findElement(By.id("type"))).selectByValue("QUANTITATIVE");
        type("measure", "Young people attending each quarter");
        type("collectionMethod", "Attendance register, quarterly");
        type("unit", "young people");
        type("baselineValue", "4");
        date("baselineDate", "2024-03-31");
        type("targetValue", "20");
        date("targetDate", "2027-03-31");
        submit("#form");
        wait.until(ExpectedConditions.urlMatches("/benefits/[0-9a-f-]{36}"));

        date("measurement-effectiveDate", "2024-06-30");
        type("measurement-value", "9");
        type("measurement-source", "Attendance register (illustrative)");
        submit("#measurement-form");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "measurement"));
        browser.findElement(By.id("rag-GREEN")).click();
        date("rag-effectiveDate", "2024-06-30");
        type("rag-rationale", "Attendance more than doubled in the first quarter (illustrative).");
        submit("#rag-form");
        // wait for this form's own message: an earlier one on the page would let the test run ahead
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "RAG assessment"));

        browser.get(dashboard + "?asAt=2024-07-01");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        "Priority 1: Listen to care experienced young people",
                        "Set up a Champions Board",
                        "Young people attending the Champions Board",
                        "Green",
                        "9");
        assertThat(browser.findElement(By.id("narrative")).getText())
                .isEqualTo("Of our one action, one has not started. Of our one benefit, one is quantitative. "
                        + "One benefit is green.");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value in ISO form whatever the browser's locale shows. */
    private void date(String id, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

    private void submit(String form) {
        browser.findElement(By.cssSelector(form + " button[type=submit]")).click();
    }
}
