package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;

class BenefitPageBrowserTest extends BrowserTest {

    @Autowired
    Queries queries;

    @Test
    void givenAQuantitativeBenefit_whenAnOfficerCorrectsAMeasurement_thenTheChartTableAndTimelineShowIt() {
        BenefitView benefit = aQuantitativeSouthLanarkshireBenefit();
        signInAs("officer");
        browser.get(url("/benefits/" + benefit.benefitId()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                (Boolean) ((JavascriptExecutor) driver).executeScript("return !!window.measurementChart;"));
        assertThat(browser.findElement(By.id("measurements")).getText()).contains("Effective date");

        new Select(browser.findElement(By.id("correction-measurementId"))).selectByIndex(1);
        browser.findElement(By.id("correction-value")).sendKeys("77.7");
        browser.findElement(By.id("correction-reason"))
                .sendKeys("Return re-run with late notifications (browser test).");
        browser.findElement(By.cssSelector("#correction-form button[type=submit]"))
                .click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".flash"), "correction is recorded"));
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains(
                        "Correction of the measurement of",
                        "now 77.7",
                        "Return re-run with late notifications (browser test).");
        assertThat(browser.findElement(By.id("measurements")).getText()).contains("77.7");
        screenshot("benefit-corrected");
    }

    private BenefitView aQuantitativeSouthLanarkshireBenefit() {
        PlanHeader plan = queries.one(new FindPlans(), PlanList.class, "no plans").plans().stream()
                .filter(p -> p.title().startsWith("South Lanarkshire"))
                .findFirst()
                .orElseThrow();
        PlanDashboard dashboard = queries.one(
                new FindPlanDashboard(plan.planId(), LocalDate.now(ZoneId.of("Europe/London")), Instant.now()),
                PlanDashboard.class,
                "no plan");
        return dashboard.areas().stream()
                .flatMap(area -> area.benefits().stream())
                .filter(b -> b.type() == BenefitType.QUANTITATIVE && b.latestMeasurement() != null)
                .findFirst()
                .orElseThrow();
    }
}
