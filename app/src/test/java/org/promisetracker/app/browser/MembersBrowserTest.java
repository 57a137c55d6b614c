package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * A council administrator makes a partner's officer a member of one plan on the members page; the
 * officer, who holds no role for every plan, then signs in and finds that plan alone: the other
 * plan's page is "not found", and once removed, the officer's plan list is empty.
 */
@ActiveProfiles("members")
class MembersBrowserTest extends BrowserTest {

    @Autowired
    Queries queries;

    @Test
    void givenAnAdmin_whenMakingAPartnerOfficerAMemberOfOnePlan_thenTheOfficerSeesThatPlanAlone() {
        List<PlanHeader> plans =
                queries.one(new FindPlans(), PlanList.class, "no plans").plans();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(2);
        PlanHeader shared = plans.get(0);
        PlanHeader other = plans.get(1);

        signInAs("admin");
        browser.get(url("/plans/" + shared.planId()));
        browser.findElement(By.linkText("Members")).click();
        assertThat(browser.findElement(By.id("no-members")).getText()).contains("no members yet");
        browser.findElement(By.id("username")).sendKeys("plan.officer");
        browser.findElement(By.cssSelector("input[name=roles][value=OFFICER]")).click();
        screenshot("members-form");
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();

        WebElement flash = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(flash.getText()).contains("plan.officer now holds Officer on this plan.");
        assertThat(browser.findElement(By.id("members")).getText()).contains("plan.officer", "OFFICER");

        browser.manage().deleteAllCookies();
        signInAs("plan.officer");
        browser.get(url("/plans"));
        assertThat(browser.findElement(By.id("main")).getText())
                .contains(shared.title())
                .doesNotContain(other.title());
        browser.get(url("/plans/" + shared.planId()));
        assertThat(browser.findElements(By.linkText("Members")))
                .as("an officer of the plan may not change its members")
                .isEmpty();
        browser.get(url("/plans/" + other.planId()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

        browser.manage().deleteAllCookies();
        signInAs("admin");
        browser.get(url("/plans/" + shared.planId() + "/members"));
        browser.findElement(By.cssSelector("button[aria-label='Remove plan.officer']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "plan.officer is no longer a member of this plan."));

        browser.manage().deleteAllCookies();
        signInAs("plan.officer");
        browser.get(url("/plans"));
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain(shared.title());
        assertThat(browser.findElement(By.id("no-plans")).getText()).contains("not a member of any plan");
    }
}
