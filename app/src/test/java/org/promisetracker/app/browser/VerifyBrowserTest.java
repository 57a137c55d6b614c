package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.promisetracker.api.view.Fingerprint;

/** A clerk checks a paper: the fingerprint typed as read out, the report named, and a mistyped one explained. */
class VerifyBrowserTest extends BrowserTest {

    @Test
    void givenTheShortFingerprintOfTheSouthAyrshireReport_whenAViewerTypesIt_thenThePageSaysItMatches() {
        signInAs("viewer");
        browser.get(url("/plans"));
        browser.findElement(By.linkText(DashboardBrowserTest.SOUTH_AYRSHIRE)).click();
        browser.findElement(By.linkText("Reports")).click();
        browser.findElement(By.partialLinkText("Progress Report")).click();
        String title = browser.findElement(By.tagName("h1")).getText();
        String sha256 = browser.findElement(By.cssSelector("code.hash")).getText();

        browser.findElement(By.linkText("Check a paper")).click();
        WebElement field = browser.findElement(By.id("fingerprint"));
        assertThat(browser.findElement(By.cssSelector("label[for=fingerprint]")).getText())
                .isEqualTo("Fingerprint");
        field.sendKeys(new Fingerprint(sha256).shortForm().toLowerCase());
        browser.findElement(By.id("check")).click();

        String result = browser.findElement(By.id("result")).getText();
        assertThat(result).startsWith("Matches").contains(title, "20 February 2023");
        assertThat(browser.findElement(By.id("result-matches")).getText()).contains("exactly as published");
        assertThat(browser.findElement(By.id("result-chain")).getText()).isEqualTo("is intact up to the report.");
        screenshot("VerifyBrowserTest-matches");
    }

    @Test
    void givenAMistypedFingerprint_whenChecked_thenTheErrorSaysWhatAFingerprintIsAndKeepsWhatWasTyped() {
        signInAs("officer");
        browser.get(url("/verify"));

        browser.findElement(By.id("fingerprint")).sendKeys("3F2A 9C1B 77D0");
        browser.findElement(By.id("check")).click();

        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("There is a problem", "16", "64");
        WebElement field = browser.findElement(By.id("fingerprint"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("fingerprint-error");
        assertThat(field.getAttribute("value")).isEqualTo("3F2A 9C1B 77D0");
    }
}
