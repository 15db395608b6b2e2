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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never downloaded) driven by Selenium, one per test class (tests get it
 * from {@link BrowserTest}). Without Chromium the browser tests are skipped, unless
 * {@code -Dtandem.e2e.required=true} makes that a failure.
 *
 * <p>Every read waits on a condition, never on time, and a click says what it leads to: {@link #clickToLoad}
 * for a link or a form that loads another page (it returns once that page has loaded, so nothing is read from
 * the page being left), {@link #clickToSwap} for a form htmx sends in place (it returns once the answer is
 * swapped in and settled). A plain {@code find(css).click()} is for what changes nothing on the server side:
 * a radio button, a {@code <summary>}. On a machine whose cores are busy the wait is longer, never a guess.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    /** How long a condition may take before the test fails: generous, because a passing test never waits it out. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The page has loaded and htmx is neither sending, swapping nor settling anything (cards load themselves). */
    private static final String SETTLED = """
            return document.readyState === 'complete'
                && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling');
            """;

    /** Marks the page being left; {@link #STILL_HERE} answers whether the marked page is still the one shown. */
    private static final String LEAVING = "window.__tandemLeaving = true;";
    private static final String STILL_HERE = "return window.__tandemLeaving === true;";

    /** Counts htmx settles on this page (installed once per page) and answers the count so far. */
    private static final String SETTLES = """
            var t = window.__tandemTest;
            if (!t) {
                t = window.__tandemTest = {settles: 0};
                document.addEventListener('htmx:afterSettle', function () { t.settles++; });
            }
            return t.settles;
            """;

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
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)); // the accessibility audit, on busy cores
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The same window, talking to another instance of Tandem on this machine (two instances on one database). */
    public Browser on(int port) {
        return new Browser(driver, "http://localhost:" + port);
    }

    /** Opens a page and waits until it has settled, with the parts htmx loads by themselves in place. */
    public Browser go(String path) {
        driver.get(base + path);
        return settled();
    }

    public Browser signIn(String email) {
        driver.manage().deleteAllCookies();
        go("/login");
        find("#username").sendKeys(email);
        find("#password").sendKeys(World.PASSWORD);
        clickToLoad("form[action='/login'] button[type=submit]");
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public WebElement find(String css) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The text of the first element matching, read again if htmx replaced it between finding and reading. */
    public String text(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)).getText());
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * Clicks a link or a button that loads another page (a form posting and redirecting, a sign-out) and waits
     * until that page has loaded and settled: the page being left must be gone first, so nothing read afterwards
     * can come from it.
     */
    public Browser clickToLoad(String css) {
        return clickToLoad(find(css));
    }

    /**
     * As {@link #clickToLoad(String)}, for an element already found. The page being left is marked in its own
     * {@code window}, which the next page does not inherit; asking an element of the old page whether it is
     * stale races with Chromium tearing it down ("Node with given id does not belong to the document").
     */
    public Browser clickToLoad(WebElement element) {
        js().executeScript(LEAVING);
        element.click();
        waitFor(d -> Boolean.FALSE.equals(js().executeScript(STILL_HERE)));
        return settled();
    }

    /**
     * Clicks a button whose form htmx sends in place and waits until the answer has been swapped in and has
     * settled (htmx's {@code htmx:afterSettle}), with no request left in flight.
     */
    public Browser clickToSwap(String css) {
        WebElement button = find(css);
        return swapAfter(button::click);
    }

    /** Does what makes htmx send (a click, an Enter in a field) and waits as {@link #clickToSwap} does. */
    public Browser swapAfter(Runnable action) {
        long before = settles();
        action.run();
        waitFor(d -> settles() > before && Boolean.TRUE.equals(js().executeScript(SETTLED)));
        return this;
    }

    /** Waits until the page has loaded and htmx has nothing in flight. */
    public Browser settled() {
        waitFor(d -> Boolean.TRUE.equals(js().executeScript(SETTLED)));
        return this;
    }

    /**
     * Waits until the condition holds. An element replaced while the condition looked at it (htmx swapped it)
     * is looked up again rather than failing the test.
     */
    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (replacedMeanwhile(e)) {
                    return null; // not yet: look again
                }
                throw e;
            }
        });
    }

    /**
     * Chromium's way, beside a {@link StaleElementReferenceException}, of saying the page or the element went
     * away while it was being asked (a navigation or a swap in progress), or that a script ran as a page unloaded.
     */
    private static boolean replacedMeanwhile(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("No node with given id")
                || message.contains("Cannot find context with specified id") || message.contains("Execution context was destroyed");
    }

    private long settles() {
        return ((Number) js().executeScript(SETTLES)).longValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
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
