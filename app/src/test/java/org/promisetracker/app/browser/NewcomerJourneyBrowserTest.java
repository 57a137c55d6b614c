package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when", as a newcomer would do it with the demo data and nothing but a browser:
 * find an overdue action, record its status, see the dashboard change, publish a report and read
 * it back as reported.
 */
class NewcomerJourneyBrowserTest extends BrowserTest {

    @Test
    void givenTheDemoData_whenANewcomerUpdatesAnOverdueActionAndPublishesAReport_thenTheyReadItBackAsReported() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        signInAs("admin");
        wait.until(ExpectedConditions.urlContains("/plans"));
        browser.findElement(By.linkText("South Lanarkshire Corporate Parenting Strategy and Action Plan 2018-2020"))
                .click();
        String dashboard = browser.getCurrentUrl();
        String narrativeBefore = browser.findElement(By.id("narrative")).getText();

        WebElement overdue =
                browser.findElement(By.xpath("//tr[starts-with(@id, 'action-')][.//*[contains(@class, 'overdue')]]"));
        String row = overdue.getAttribute("id");
        overdue.findElement(By.tagName("a")).click();
        new Select(browser.findElement(By.id("status-status"))).selectByValue("COMPLETED");
        browser.findElement(By.id("status-comment")).sendKeys("Completed, as the newcomer found (browser journey).");
        browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is recorded"));

        browser.get(dashboard);
        assertThat(browser.findElement(By.id(row)).getText())
                .contains("Completed")
                .doesNotContain("Overdue");
        String narrativeNow = browser.findElement(By.id("narrative")).getText();
        assertThat(narrativeNow).isNotEqualTo(narrativeBefore);
        screenshot("NewcomerJourney-dashboard-after-update");

        browser.findElement(By.linkText("Publish a report")).click();
        browser.findElement(By.id("committee")).sendKeys("Corporate Parenting Sub Group");
        browser.findElement(By.id("title")).sendKeys("Newcomer's first progress report");
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(dashboard));

        browser.findElement(By.linkText("Reports")).click();
        browser.findElement(By.linkText("Newcomer's first progress report")).click();
        assertThat(browser.findElement(By.id("narrative")).getText()).isEqualTo(narrativeNow);
        screenshot("NewcomerJourney-report");

        browser.get(dashboard);
        new Select(browser.findElement(By.id("report")))
                .selectByVisibleText(new Select(browser.findElement(By.id("report")))
                        .getOptions().stream()
                                .map(WebElement::getText)
                                .filter(text -> text.contains("Newcomer's first progress report"))
                                .findFirst()
                                .orElseThrow());
        browser.findElement(By.id("apply")).click();
        assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("reported");
        assertThat(browser.findElement(By.id("narrative")).getText()).isEqualTo(narrativeNow);
    }
}
