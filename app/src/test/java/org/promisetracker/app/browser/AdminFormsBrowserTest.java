package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.app.support.Http;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;

class AdminFormsBrowserTest extends BrowserTest {

    @Autowired
    Queries queries;

    @Test
    void givenAnAdmin_whenPublishingAReport_thenTheReadApiListsIt() throws Exception {
        String planId = southLanarkshireId();
        signInAs("admin");
        browser.get(url("/plans/" + planId + "/reports/new"));
        browser.findElement(By.id("committee")).sendKeys("Performance and Audit Committee");
        browser.findElement(By.id("title")).sendKeys("Browser test progress report");
        screenshot("report-form");
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/plans/" + planId)));
        assertThat(readApi("/api/v1/plans/" + planId + "/reports"))
                .contains("Browser test progress report", "Performance and Audit Committee");
    }

    @Test
    void givenAnAdmin_whenTheReportFormMissesItsTitle_thenTheSummaryLinksToTheFieldAndTheCommitteeStays() {
        signInAs("admin");
        browser.get(url("/plans/" + southLanarkshireId() + "/reports/new"));
        browser.findElement(By.id("committee")).sendKeys("Integration Joint Board");
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();

        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.findElement(By.cssSelector("a[href='#title']")).getText())
                .isEqualTo("Enter the report's title.");
        assertThat(browser.findElement(By.id("committee")).getAttribute("value"))
                .isEqualTo("Integration Joint Board");
    }

    @Test
    void givenAnOfficer_whenOpeningAnAdminForm_thenItIsRefused() {
        signInAs("officer");
        browser.get(url("/plans/new"));
        assertThat(browser.findElements(By.id("form"))).isEmpty();
    }

    private String southLanarkshireId() {
        return queries.one(new FindPlans(), PlanList.class, "no plans").plans().stream()
                .filter(p -> p.title().startsWith("South Lanarkshire"))
                .findFirst()
                .orElseThrow()
                .planId();
    }

    private String readApi(String path) {
        Http.Response response = new Http(port).get(path, "admin");
        response.ok();
        return response.raw().body();
    }
}
