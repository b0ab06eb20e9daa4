package fr.academie.portail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A black-box system test in a real headless Chromium, one browser per test. */
public abstract class BrowserTest extends PortalClientTest {

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(Browser.cspViolations(browser)).as("scripts or styles the pages' CSP blocked").isEmpty();
            } finally {
                browser.quit();
            }
        }
    }
}
