package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class SignInBrowserTest extends BrowserTest {

    @Test
    void givenAnOfficer_whenSigningIn_thenThePlansAndWhoIsSignedInShow() {
        browser.get(url("/plans"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        signInAs("officer");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/plans"));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Signed in as officer (OFFICER)");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(
                        "South Lanarkshire Corporate Parenting Strategy and Action Plan 2018-2020",
                        "South Ayrshire's Parenting Promise 2021-2030");
    }

    @Test
    void givenWrongPassword_whenSigningIn_thenAClearMessageAndNoEntry() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("not right");
        browser.get(url("/plans"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}
