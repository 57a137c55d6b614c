package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

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

    @Test
    void givenAViewer_whenOpeningAReport_thenItOffersWordAndPdfAndShowsTheFingerprintWithWhereToCheckIt() {
        openTheSouthAyrshireReport("viewer");

        WebElement downloads = browser.findElement(By.cssSelector("nav[aria-label='Download this report']"));
        assertThat(downloads.findElements(By.tagName("a")))
                .extracting(WebElement::getAccessibleName)
                .containsExactly("Download as Word (.docx)", "Download as PDF (.pdf)");
        for (String format : new String[] {"docx", "pdf"}) {
            String href = browser.findElement(By.id("download-" + format)).getDomAttribute("href");
            assertThat(href).endsWith("/document?format=" + format);
            assertThat(fetched(href)).isEqualTo(200 + " " + DOCUMENT_TYPES.get(format));
        }
        String fingerprint = browser.findElement(By.id("fingerprint")).getText();
        assertThat(fingerprint).matches("[0-9A-F]{4}( [0-9A-F]{4}){3}");
        assertThat(browser.findElement(By.cssSelector("code.hash")).getText())
                .startsWith(fingerprint.replace(" ", "").toLowerCase());
        assertThat(browser.findElement(By.id("verify-link")).getDomAttribute("href"))
                .isEqualTo("/verify?fingerprint=" + fingerprint.replace(" ", ""));
        assertThat(browser.findElement(By.id("verify-link")).getAccessibleName())
                .isEqualTo("Check a paper with this fingerprint");
    }

    @Test
    void givenADashboardAsAtAPastDate_whenDownloading_thenWordPdfAndExcelKeepThatDate() {
        signInAs("viewer");
        browser.get(url("/plans"));
        browser.findElement(By.linkText(DashboardBrowserTest.SOUTH_AYRSHIRE)).click();
        browser.get(browser.getCurrentUrl() + "?asAt=2022-06-30");

        WebElement downloads = browser.findElement(By.cssSelector("nav[aria-label='Download this view']"));
        assertThat(downloads.findElements(By.tagName("a")))
                .extracting(WebElement::getAccessibleName)
                .containsExactly("Download as Word (.docx)", "Download as PDF (.pdf)", "Download as Excel (.xlsx)");
        for (String format : DOCUMENT_TYPES.keySet()) {
            String href = browser.findElement(By.id("download-" + format)).getDomAttribute("href");
            assertThat(href).contains("asAt=2022-06-30", "format=" + format);
            assertThat(fetched(href)).isEqualTo(200 + " " + DOCUMENT_TYPES.get(format));
        }
    }

    private static final java.util.Map<String, String> DOCUMENT_TYPES = java.util.Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Fetched by the page itself, with its session, as following the link would: "status type". */
    private String fetched(String href) {
        Object answer = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')),"
                                + " e => done('failed ' + e));",
                        href);
        return String.valueOf(answer);
    }

    private void openTheSouthAyrshireReport(String user) {
        signInAs(user);
        browser.get(url("/plans"));
        browser.findElement(By.linkText(DashboardBrowserTest.SOUTH_AYRSHIRE)).click();
        browser.findElement(By.linkText("Reports")).click();
        browser.findElement(By.partialLinkText("Progress Report")).click();
    }
}
