package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

class DashboardBrowserTest extends BrowserTest {

    static final String SOUTH_AYRSHIRE = "South Ayrshire's Parenting Promise 2021-2030";

    @Test
    void givenAViewer_whenOpeningADashboardFromThePlans_thenNarrativeCountsOverdueAndRagWordsShow() {
        openSouthAyrshire("viewer");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SOUTH_AYRSHIRE);
        assertThat(text("narrative")).startsWith("Of our ").contains("actions");
        assertThat(text("actions-by-status")).contains("Completed", "On target", "Total");
        assertThat(text("benefits-by-rag")).contains("Green", "Amber", "Red", "Not assessed");
        assertThat(browser.findElements(By.cssSelector(".overdue")))
                .extracting(WebElement::getText)
                .contains("Overdue");
        assertThat(browser.findElements(By.cssSelector("table.benefits .tag")))
                .extracting(WebElement::getText)
                .contains("Green", "Amber");
        assertThat(browser.findElement(By.id("main")).getText())
                .contains("Restated since last report", "improving", "South Ayrshire Council");
        // beside each mark, why the facts that restated it came after the report
        assertThat(browser.findElements(By.cssSelector(".late-reason")))
                .extracting(WebElement::getText)
                .anySatisfy(why -> assertThat(why).startsWith("Why: Illustrative late reason for the demo"))
                .anySatisfy(why -> assertThat(why).startsWith("Why: Illustrative correction for the demo"));
        // the charts are drawn from the tables, which stay as their text alternative
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chart canvas[role=img]"), 2));
        assertThat(browser.findElements(By.cssSelector(".admin-links"))).isEmpty();

        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("areas-heading")));
        screenshot("DashboardBrowserTest-areas");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("area-7")));
        screenshot("DashboardBrowserTest-overdueArea");
    }

    @Test
    void givenAnAdmin_whenOpeningADashboard_thenLinksToChangeThePlanShow() {
        openSouthAyrshire("admin");

        assertThat(browser.findElement(By.cssSelector(".admin-links")).getText())
                .contains("Add an area", "Add an action", "Add a benefit", "Publish a report");
    }

    @Test
    void givenADashboard_whenFilteringByStatus_thenOnlyActionsWithThatStatusShow() {
        openSouthAyrshire("viewer");

        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Completed");
        browser.findElement(By.id("apply")).click();

        assertThat(text("filter-status")).startsWith("Filtered: showing");
        List<String> statuses = browser.findElements(By.cssSelector("table.actions .status")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(statuses).isNotEmpty().containsOnly("Completed");
        assertThat(browser.getCurrentUrl()).contains("status=COMPLETED");
    }

    @Test
    void givenADashboard_whenSwitchingToAPastDate_thenTheBannerShowsAndTheCountsChange() {
        openSouthAyrshire("viewer");
        String countsNow = text("actions-by-status");
        assertThat(browser.findElements(By.cssSelector(".banner"))).isEmpty();

        WebElement date = browser.findElement(By.id("asAt"));
        // a date input's typed format follows the browser's locale; set the ISO value as a picker does
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2022-06-30'", date);
        browser.findElement(By.id("apply")).click();

        assertThat(browser.findElement(By.cssSelector(".banner")).getText())
                .contains("Showing the plan as at 30 June 2022, as we know it now", "Back to the current view");
        assertThat(text("actions-by-status")).isNotEqualTo(countsNow);

        browser.findElement(By.linkText("Back to the current view")).click();
        assertThat(text("actions-by-status")).isEqualTo(countsNow);
    }

    @Test
    void givenADashboard_whenShowingItAsReported_thenTheBannerNamesTheReportAndTheSummaryEqualsIt() {
        openSouthAyrshire("viewer");

        new Select(browser.findElement(By.id("report"))).selectByIndex(1);
        browser.findElement(By.id("apply")).click();

        assertThat(browser.findElement(By.cssSelector(".banner")).getText())
                .contains("as at 20 February 2023, as reported to Performance and Audit Committee", "Progress Report");
        String narrative = text("narrative");
        String actions = text("actions-by-status");
        String benefits = text("benefits-by-rag");
        screenshot("DashboardBrowserTest-asReported");

        browser.findElement(By.linkText("Reports")).click();
        browser.findElement(By.partialLinkText("Progress Report")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Progress Report");
        assertThat(text("narrative")).isEqualTo(narrative);
        assertThat(text("actions-by-status")).isEqualTo(actions);
        assertThat(text("benefits-by-rag")).isEqualTo(benefits);
    }

    @Test
    void givenADashboard_whenOpeningThePrintView_thenTheSummaryIsStampedAsAt() {
        openSouthAyrshire("viewer");

        browser.findElement(By.id("print-link")).click();

        assertThat(text("stamp")).startsWith("As at ").contains(", as known at ");
        assertThat(text("narrative")).startsWith("Of our ");
        assertThat(browser.findElement(By.id("benefits-by-type")).getText()).contains("Qualitative");
    }

    @Test
    void givenAReport_whenOpeningItsPrintView_thenTheStampSaysAsReported() {
        openSouthAyrshire("viewer");
        browser.findElement(By.linkText("Reports")).click();
        browser.findElement(By.linkText("Print view as reported")).click();

        assertThat(text("stamp")).startsWith("As at 20 February 2023, as reported to Performance and Audit Committee");
    }

    @Test
    void givenAPhone_whenOpeningADashboard_thenThePageFitsTheScreenWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
        openSouthAyrshire("viewer");

        assertThat(text("narrative")).startsWith("Of our ");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    void openSouthAyrshire(String user) {
        signInAs(user);
        browser.get(url("/plans"));
        browser.findElement(By.linkText(SOUTH_AYRSHIRE)).click();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
