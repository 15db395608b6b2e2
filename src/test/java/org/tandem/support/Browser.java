package org.tandem.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never downloaded) driven by Selenium, one per test class (tests get it
 * from {@link BrowserTest}). Without Chromium the browser tests are skipped, unless
 * {@code -Dtandem.e2e.required=true} makes that a failure.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Skips the caller without Chromium, or fails it when {@code -Dtandem.e2e.required=true}. */
    static void assumeAvailable() {
        if (!available()) {
            if (Boolean.getBoolean("tandem.e2e.required")) {
                throw new IllegalStateException("Chromium is required (-Dtandem.e2e.required=true) but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
            }
            Assumptions.abort("Chromium is not installed; browser tests skipped");
        }
    }

    static Browser open(int port) {
        assumeAvailable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String email) {
        driver.manage().deleteAllCookies();
        go("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(World.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public WebElement find(String css) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /** Back to the desktop window every test starts with. */
    public void desktopSize() {
        driver.manage().window().setSize(DESKTOP);
    }

    /** Pictures of the page at desktop and phone widths, for people reviewing a run. */
    public void screenshots(String name) {
        screenshot(name);
        driver.manage().window().setSize(PHONE);
        screenshot(name + "-phone");
        desktopSize();
    }

    /**
     * Pictures of the whole page at desktop and phone widths ({@code name-1280}, {@code name-390}): headless
     * Chromium only pictures the window, so the window is made as tall as the page first.
     */
    public void wholePageScreenshots(String name) {
        for (int width : new int[] {DESKTOP.getWidth(), PHONE.getWidth()}) {
            driver.manage().window().setSize(new Dimension(width, DESKTOP.getHeight()));
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 4000)));
            screenshot(name + "-" + width);
        }
        desktopSize();
    }

    /** Keeps a picture of the page under target/screenshots, for people reviewing a run. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
