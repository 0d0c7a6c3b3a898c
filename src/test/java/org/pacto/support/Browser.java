package org.pacto.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium with
 * the system driver: nothing downloads a browser. Runs axe-core (from its webjar) on a page.
 * <p>
 * Every console error and every Content-Security-Policy violation (Chromium reports them in its
 * console) on any page a test visits fails that test class: {@link #close()} throws after quitting
 * (issue 19). A page the test asks for on purpose with an error status (a 404, a 403) is not one.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final String DRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final File profile;

    private Browser(int width, int height) {
        if (CHROMIUM == null || DRIVER == null) {
            throw new IllegalStateException("Install Debian's chromium and chromium-driver (./pacto test does)");
        }
        try {
            profile = Files.createTempDirectory("pacto-chromium").toFile();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.getAbsolutePath(),
                "--window-size=" + width + "," + height);
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // A click on a submit button does not wait for the next page: without this, a test that looks for the
        // answer page's element right after clicking raced the navigation (CardDeskBrowserTest, ReviewsBrowserTest
        // failed now and then in CI). Absence checks (findElements(...).isEmpty()) wait this long too.
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(3));
    }

    public static Browser desktop() {
        return new Browser(1280, 900);
    }

    public static Browser phone() {
        return new Browser(390, 844);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) and returns the violations found. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> accessibilityViolations() {
        var js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(function (r) { done(r.violations.map(function (v) {
                       return {id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 5)}; })); })
                   .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e)}]); });
                """);
        return (List<Map<String, Object>>) result;
    }

    public List<Map<String, Object>> seriousViolations() {
        return accessibilityViolations().stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    }

    private final List<String> consoleErrors = new java.util.ArrayList<>();

    /**
     * The console errors (CSP violations among them) since the last call, kept for {@link #close()} too.
     * A page asked for with an error status on purpose logs "Failed to load resource" for itself: not counted,
     * unless it is a static file (a stylesheet, a script, data) that failed.
     */
    public List<String> consoleErrors() {
        var found = new java.util.ArrayList<String>();
        try {
            for (var entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
                if (entry.getLevel().intValue() < java.util.logging.Level.SEVERE.intValue()) {
                    continue;
                }
                String message = entry.getMessage();
                boolean pageStatus = message.contains("Failed to load resource: the server responded with a status of 4")
                        && !java.util.regex.Pattern.compile("/(css|js|geo|webjars)/|\\.(svg|js|css|json|geojson|png)\\b")
                        .matcher(message).find();
                if (!pageStatus) {
                    found.add(message);
                }
            }
        } catch (org.openqa.selenium.WebDriverException e) {
            // the browser is gone: nothing more to read
        }
        consoleErrors.addAll(found);
        return found;
    }

    @Override
    public void close() {
        consoleErrors();
        driver.quit();
        try (var files = Files.walk(profile.toPath())) {
            files.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
        if (!consoleErrors.isEmpty()) {
            throw new AssertionError("console errors or CSP violations in the browser: " + consoleErrors);
        }
    }

    private static final String AXE = loadAxe();

    private static String loadAxe() {
        try (InputStream in = Browser.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstExisting(String... paths) {
        for (String path : paths) {
            if (new File(path).canExecute()) {
                return path;
            }
        }
        return null;
    }
}
