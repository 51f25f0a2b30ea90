package cn.edutrack.local.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by Selenium: Debian's {@code chromium} and {@code chromium-driver} packages (CI installs
 * them, see {@code .ci/run}), never a browser downloaded by Selenium Manager. A fresh profile per browser, deleted on
 * close; downloads go to a folder of the test's; screenshots are kept in {@code target/screenshots} as test artifacts.
 * {@code EDUTRACK_CHROMIUM} and {@code EDUTRACK_CHROMEDRIVER} name other binaries.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    Browser(Path downloads, int width, int height) {
        String chromium = binary("EDUTRACK_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = binary("EDUTRACK_CHROMEDRIVER", "/usr/bin/chromedriver");
        try {
            this.profile = Files.createTempDirectory("edutrack-chromium-");
            this.downloads = Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", this.downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static String binary(String variable, String fallback) {
        String path = System.getenv(variable);
        String binary = path == null || path.isBlank() ? fallback : path;
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException(binary + " is not there: install Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver, as .ci/run does) or set " + variable);
        }
        return binary;
    }

    /**
     * The page's failures of the WCAG 2.1 A and AA rules axe-core checks automatically (labels, names, roles, contrast,
     * headings, landmarks, language...), one line each: rule, impact, the elements and why. Empty when the page
     * passes. Automated rules find a part of what a screen-reader audit would, not all of it.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                        .toList())
                .toList();
    }

    /** Saves a screenshot of the page as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files downloaded so far (finished ones: Chromium writes {@code .crdownload} until done). */
    List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".crdownload")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
