package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.app.support.Http;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A round on the demo's South Lanarkshire plan in the browser: the clerk opens it from the plan's
 * rounds page; the assigned officer finds the item under "My updates" and submits it from the round
 * page; the lead returns it with a comment, which the officer sees, and approves it when it comes
 * back (the other items are waived through the API, as a test's shortcut); the approver signs the
 * round off; and the clerk publishes the report from the round, which then names the sign-off.
 */
@ActiveProfiles("members")
class RoundBrowserTest extends BrowserTest {

    @Autowired
    Queries queries;

    @Test
    void givenTheDemoPlan_whenARoundIsRunInTheBrowser_thenItEndsInAReportNamingTheSignOff() {
        PlanHeader plan = queries.one(new FindPlans(), PlanList.class, "no plans").plans().stream()
                .filter(candidate -> candidate.title().startsWith("South Lanarkshire"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Http api = new Http(port);

        signInAs("admin");
        browser.get(url("/plans/" + plan.planId()));
        browser.findElement(By.linkText("Reporting rounds")).click();
        browser.findElement(By.id("title")).sendKeys("Browser test round");
        browser.findElement(By.id("committee")).sendKeys("Education Resources Committee");
        type("reportDate", today);
        type("updatesDue", today);
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();
        WebElement flash = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(flash.getText()).contains("is open");
        String roundId =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        screenshot("round-opened");

        List<JsonNode> items =
                list(api.get("/api/v1/rounds/" + roundId, "admin").ok().get("items"));
        assertThat(items).hasSizeGreaterThan(1);
        String first = items.get(0).get("itemId").asString();
        String path = items.get(0).get("kind").asString().equals("ACTION") ? "actions" : "benefits";
        assertThat(api.put("/api/v1/" + path + "/" + first + "/assignees", "admin", "{\"usernames\": [\"officer\"]}")
                        .status())
                .isEqualTo(200);
        for (JsonNode item : items.subList(1, items.size())) {
            assertThat(api.post(
                                    "/api/v1/rounds/" + roundId + "/items/"
                                            + item.get("itemId").asString() + "/waive",
                                    "admin",
                                    "{\"reason\": \"Not reported to this committee (browser test).\"}")
                            .status())
                    .isEqualTo(200);
        }

        browser.manage().deleteAllCookies();
        signInAs("officer");
        browser.get(url("/me/updates"));
        browser.findElement(By.cssSelector("#my-updates a[href='/rounds/" + roundId + "']"))
                .click();
        browser.findElement(By.id("submit-" + first)).sendKeys("Nothing has changed since the last report.");
        browser.findElement(By.cssSelector("#item-" + first + " form.step-form button[type=submit]"))
                .click();
        assertThat(flashText()).contains("submitted for review");

        browser.manage().deleteAllCookies();
        signInAs("admin");
        browser.get(url("/rounds/" + roundId + "?update=SUBMITTED"));
        browser.findElement(By.id("return-" + first)).sendKeys("Say when the next survey is.");
        browser.findElement(By.cssSelector("form[action$='/return'] button")).click();
        assertThat(flashText()).contains("returned");

        browser.manage().deleteAllCookies();
        signInAs("officer");
        browser.get(url("/me/updates"));
        assertThat(browser.findElement(By.cssSelector(".returned")).getText())
                .isEqualTo("Returned: Say when the next survey is.");
        browser.get(url("/rounds/" + roundId));
        browser.findElement(By.id("submit-" + first)).sendKeys("The next survey is in March.");
        browser.findElement(By.cssSelector("#item-" + first + " form.step-form button[type=submit]"))
                .click();
        assertThat(flashText()).contains("submitted for review");

        browser.manage().deleteAllCookies();
        signInAs("admin");
        browser.get(url("/rounds/" + roundId));
        browser.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        assertThat(flashText()).contains("approved");
        assertThat(browser.findElements(By.id("sign-off")))
                .as("an administrator does not sign rounds off")
                .isEmpty();

        browser.manage().deleteAllCookies();
        signInAs("approver");
        browser.get(url("/rounds/" + roundId));
        browser.findElement(By.cssSelector("#sign-off button")).click();
        assertThat(flashText()).contains("signed off");
        assertThat(browser.findElement(By.id("round-state")).getText()).isEqualTo("Signed off");

        browser.manage().deleteAllCookies();
        signInAs("admin");
        browser.get(url("/rounds/" + roundId));
        browser.findElement(By.cssSelector("#publish a")).click();
        assertThat(browser.findElement(By.id("from-round")).getText()).contains("signed off by approver");
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();
        assertThat(flashText()).contains("is published");
        screenshot("round-published");

        JsonNode round = api.get("/api/v1/rounds/" + roundId, "admin").ok();
        assertThat(round.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(round.get("signedOffBy").asString()).isEqualTo("approver");
    }

    /** A date input's value, as AdminBuildsAPlanBrowserTest sets it: typing depends on the browser's locale. */
    private void type(String id, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), date.toString());
    }

    private String flashText() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")))
                .getText();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
