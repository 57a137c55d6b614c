package org.promisetracker.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.promisetracker.app.imports.Seed003Workbook;
import org.promisetracker.web.imports.ImportTemplate;

/**
 * A new user brings seed 003's plan in: the template filled in below its notes row, a wrong row
 * shown with its problem beside it in the preview and nothing imported, the row fixed, the file
 * imported, and the plan on the dashboard.
 */
class ImportBrowserTest extends BrowserTest {

    @Test
    void givenTheTemplateFilledInWithAWrongRow_whenPreviewedFixedAndImported_thenThePlanIsOnTheDashboard()
            throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signInAs("admin");
        browser.get(url("/plans/new"));
        browser.findElement(By.id("title")).sendKeys("South Lanarkshire Corporate Parenting Action Plan 2018-2020");
        browser.findElement(By.id("organisation")).sendKeys("South Lanarkshire Council");
        date("startDate", "2018-04-01");
        date("endDate", "2020-12-31");
        browser.findElement(By.id("areaLabel")).sendKeys("Core commitment");
        browser.findElement(By.cssSelector("#form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("narrative")));
        String dashboard = browser.getCurrentUrl();

        browser.findElement(By.linkText("Import from a spreadsheet")).click();
        assertThat(browser.findElement(By.id("template-link")).getAttribute("href"))
                .endsWith("/imports/template");
        Path wrong = filledTemplate(11);
        browser.findElement(By.id("file")).sendKeys(wrong.toString());
        browser.findElement(By.id("preview-button")).click();

        String problemRow = browser.findElement(By.id("row-Actions-10")).getText();
        assertThat(problemRow).contains("Problem", "Area: there is no area 11 in this plan");
        assertThat(browser.findElement(By.id("preview-heading")).getText()).contains("1 problem", "nothing imported");
        assertThat(browser.findElements(By.id("confirm"))).isEmpty();
        screenshot("ImportBrowserTest-problem");

        Path fixed = filledTemplate(4);
        WebElement firstPreview = browser.findElement(By.id("preview"));
        browser.findElement(By.id("file")).sendKeys(fixed.toString());
        browser.findElement(By.id("preview-button")).click();
        wait.until(ExpectedConditions.stalenessOf(firstPreview));
        assertThat(browser.findElement(By.id("preview-heading")).getText()).isEqualTo("Preview: ready to import");
        assertThat(browser.findElement(By.id("import-counts")).getText()).contains("Areas 4 4 0", "Actions 8 8 0");
        browser.findElement(By.id("confirm")).click();

        wait.until(ExpectedConditions.urlToBe(dashboard));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Imported seed-003.xlsx: 4 areas and 8 actions added.");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(
                        Seed003Workbook.COMMITMENTS.get(3),
                        "Young people with complex needs / risks will have access to intensive throughcare and aftercare support",
                        "Nurse Director");
    }

    /** The downloaded template, its rows filled in from row 3 (under the notes), action 4.2 under {@code area}. */
    private static Path filledTemplate(int areaOfTheLastAction) throws IOException {
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(ImportTemplate.xlsx()))) {
            Sheet areas = template.getSheet("Areas");
            for (int i = 0; i < Seed003Workbook.COMMITMENTS.size(); i++) {
                Row row = areas.createRow(2 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(Seed003Workbook.COMMITMENTS.get(i));
            }
            Sheet actions = template.getSheet("Actions");
            List<Object[]> rows = Seed003Workbook.ACTIONS;
            for (int i = 0; i < rows.size(); i++) {
                Row row = actions.createRow(2 + i);
                row.createCell(0).setCellValue((String) rows.get(i)[0]);
                row.createCell(1).setCellValue(i == rows.size() - 1 ? areaOfTheLastAction : (Integer) rows.get(i)[1]);
                row.createCell(2).setCellValue((String) rows.get(i)[2]);
                row.createCell(3).setCellValue((String) rows.get(i)[3]);
                row.createCell(4).setCellValue((LocalDate) rows.get(i)[4]);
            }
            Path file = Files.createTempDirectory("import").resolve("seed-003.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                template.write(out);
            }
            return file;
        }
    }

    private void date(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }
}
