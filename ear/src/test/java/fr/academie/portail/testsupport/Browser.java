package fr.academie.portail.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven by Debian's chromedriver: both paths given, so Selenium never
 * downloads anything. Without them the browser tests are skipped loudly, or fail when
 * {@code portail.browser.required} is true (CI).
 */
public final class Browser {

    private static final File CHROMIUM = new File(System.getProperty("portail.chromium", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("portail.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static WebDriver start() {
        if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
            String why = "Chromium (" + CHROMIUM + ") ou chromedriver (" + DRIVER + ") absent";
            if (Boolean.getBoolean("portail.browser.required")) {
                Assertions.fail(why + " alors que les tests navigateur sont exigés (portail.browser.required=true).");
            }
            System.err.println("""

                    ************************************************************************
                    *  TESTS NAVIGATEUR IGNORÉS : %s.
                    *  Installer : apt-get install chromium chromium-driver (ou lancer .ci/run)
                    ************************************************************************
                    """.formatted(why));
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,960", "--lang=fr-FR");
        // the browser's console, read after each test: a script the page's CSP blocked is a failure
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** What the page's Content-Security-Policy blocked since the last call (the console's messages). */
    public static java.util.List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /**
     * Signs in through the login page, as a person types it, and types the second factor's code of
     * the demo's privileged accounts when the portal asks for it.
     */
    public static void signIn(WebDriver driver, String login, String password) {
        Browser.open(driver, "connexion.xhtml");
        driver.findElement(By.id("connexion:identifiant")).sendKeys(login);
        driver.findElement(By.id("connexion:motDePasse")).sendKeys(password);
        driver.findElement(By.id("connexion:seConnecter")).click();
        if (DemoSecondFactor.concerns(login)) {
            waitForUrl(driver, "/deuxieme-facteur.xhtml");
            driver.findElement(By.id("facteur:code")).sendKeys(DemoSecondFactor.nextCode(login));
            driver.findElement(By.id("facteur:valider")).click();
            waitForUrl(driver, "/accueil.xhtml");
        }
    }

    /**
     * Opens a page by its address, as a person's bookmark does: a protected page then says it opens
     * from the portal, and its link is followed.
     */
    public static void open(WebDriver driver, String path) {
        driver.get(Portal.url(path));
        if (driver.getCurrentUrl().contains("/erreur/page-protegee.xhtml")) {
            driver.findElement(By.id("ouvrir")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> !d.getCurrentUrl().contains("/erreur/page-protegee.xhtml"));
        }
    }

    /** Waits until the browser's address holds {@code path} (after a redirection, a full post). */
    public static void waitForUrl(WebDriver driver, String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(path));
    }

    /** Saves what the person sees, to be looked at: {@code target/screenshots/<name>.png}. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of(System.getProperty("portail.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
