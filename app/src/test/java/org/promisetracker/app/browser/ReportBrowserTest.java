package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ReportBrowserTest extends BrowserTest {

    @Test
    void givenAnAuditor_whenOpeningAReport_thenItIsVerifiedAndItsRestatementsSayWhoAndWhy() {
        openTheSouthAyrshireReport("auditor");

        assertThat(browser.findElement(By.id("published")).getText()).contains(" by ");
        browser.findElement(By.id("verify-report")).click();
        assertThat(browser.findElement(By.id("verification")).getText())
                .contains("Matches.", "events up to publication");
        assertThat(browser.findElement(By.id("main")).getText())
                .contains("Actions as reported", "Benefits as reported");
        screenshot("ReportBrowserTest-report");

        browser.findElement(By.id("restatements-link")).click();

        String restatements = browser.findElement(By.id("restatements")).getText();
        assertThat(restatements)
                .contains(
                        "Workforce who have completed promise awareness training",
                        "counted staff who attended two sessions twice",
                        "by demo-data",
                        "Measurement corrected");
        assertThat(restatements).contains("On target", "Progressing");
    }

    @Test
    void givenAViewer_whenOpeningAReport_thenNoVerificationAndRestatementsAreRefused() {
        openTheSouthAyrshireReport("viewer");
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);

        assertThat(browser.findElement(By.id("narrative")).getText()).startsWith("Of our ");
        assertThat(browser.findElements(By.id("verification"))).isEmpty();
        assertThat(browser.findElements(By.id("restatements-link"))).isEmpty();

        browser.get(browser.getCurrentUrl() + "/restatements");
        assertThat(browser.findElements(By.id("restatements"))).isEmpty();
    }

    private void openTheSouthAyrshireReport(String user) {
        signInAs(user);
        browser.get(url("/plans"));
        browser.findElement(By.linkText(DashboardBrowserTest.SOUTH_AYRSHIRE)).click();
        browser.findElement(By.linkText("Reports")).click();
        browser.findElement(By.partialLinkText("Progress Report")).click();
    }
}
