package cn.edutrack.local.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem;
import cn.edutrack.local.EdutrackSystem.Config;
import cn.edutrack.local.RunningSystem;
import cn.edutrack.local.demo.DemoData;
import cn.edutrack.local.demo.DemoPlan;
import cn.edutrack.local.demo.DemoUsers;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium, against the whole system (command side, query side and web UI as processes,
 * real PostgreSQL and Kafka) with the hand-written demo projects and the XX区 plan file: each role logs in and sees
 * what it may; a manager records progress through a form, an inline error first; the language switch; the project
 * list's CSV export downloads and opens; an auditor reads a corrected history and the integrity check. Screenshots
 * of each page are kept in {@code target/screenshots}.
 */
class BrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = DemoUsers.PASSWORD;
    private static RunningSystem system;
    private static String web;
    private Browser browser;

    @BeforeAll
    static void startSystem() throws Exception {
        Infrastructure infrastructure = Infrastructure.get();
        system = EdutrackSystem.start(Config.forTests(Path.of("target", "it-browser"),
                infrastructure.newDatabase("browser_command"), infrastructure.newDatabase("browser_query"),
                infrastructure.kafkaBootstrapServers()).withWeb());
        web = system.webUrl().orElseThrow();
        DemoData.Result demo = DemoData.load(system.commandUrl());
        assertThat(demo.problems()).isEmpty();
        DemoPlan plan = DemoPlan.load(DemoPlan.FILES.get(0));
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        system.commandUrl() + "/api/plan-imports?fileName="
                                + URLEncoder.encode(plan.fileName(), StandardCharsets.UTF_8)))
                .header("Authorization", DemoUsers.basicAuthorization("admin-xx-qu"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(plan.yaml(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isBetween(200, 201);
        // the query side has projected the demo projects and the plan
        await().atMost(Duration.ofSeconds(90)).until(() -> status("auditor-xx-qu", "/api/projects/PRJ-DEMO-0003") == 200
                && status("auditor-xx-qu", "/api/plans/" + plan.planId() + "/progress") == 200);
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static int status(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                        .header("Authorization", DemoUsers.basicAuthorization(user)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Browser open(String name, int width, int height) {
        browser = new Browser(Path.of("target", "it-browser", "downloads", name), width, height);
        return browser;
    }

    private WebElement visible(String css) {
        return new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Sets a field's value as a user's typing would, also for a date input (whose typed form follows the locale). */
    private void type(WebElement field, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    private void logIn(String user, String password) {
        browser.driver.get(web + "/login");
        visible("#username").sendKeys(user);
        browser.driver.findElement(By.cssSelector("#password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("#login-submit")).click();
    }

    private void logInAs(String user) {
        logIn(user, PASSWORD);
        visible("#logout");
    }

    private List<String> projectRows() {
        visible("#projects");
        return browser.driver.findElements(By.cssSelector("#projects tr[data-project-id]")).stream()
                .map(row -> row.getAttribute("data-project-id")).toList();
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAnErrorAndEachRoleLogsIn() {
        open("login", 1366, 768);
        logIn("supervisor-xx-qu", "not-the-password");
        assertThat(visible("#login-error").getText()).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector("#logout"))).isEmpty();
        browser.screenshot("login-error");

        for (String user : List.of("supervisor-xx-qu", "auditor-xx-qu", "admin-xx-qu", "manager-xx-qu-shiyan-xiaoxue")) {
            logInAs(user);
            assertThat(visible("header").getText()).contains(user);
            browser.screenshot("home-" + user);
            browser.driver.findElement(By.cssSelector("#logout")).click();
            visible("#username");
        }
    }

    @Test
    void aManagerSeesOnlyItsOrganisationsProjectsAndReportsProgressAfterAnInlineError() {
        open("manager", 1366, 768);
        logInAs("manager-xx-qu-shiyan-xiaoxue");
        browser.driver.get(web + "/projects");
        assertThat(projectRows()).containsExactly("PRJ-DEMO-0002");

        browser.driver.get(web + "/projects/PRJ-DEMO-0002");
        visible("#action-progress").click();
        visible("#percentComplete").clear();
        browser.driver.findElement(By.cssSelector("#percentComplete")).sendKeys("150");
        type(browser.driver.findElement(By.cssSelector("#businessDate")), "2025-11-15");
        browser.driver.findElement(By.cssSelector("#note")).sendKeys("主体结构封顶");
        browser.driver.findElement(By.cssSelector("#submit")).click();

        WebElement error = visible("#percentComplete-error");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.cssSelector("#percentComplete")).getAttribute("value")).isEqualTo("150");
        assertThat(browser.driver.findElement(By.cssSelector("#percentComplete")).getAttribute("aria-describedby"))
                .contains("percentComplete-error");
        browser.screenshot("progress-inline-error");

        browser.driver.findElement(By.cssSelector("#percentComplete")).clear();
        browser.driver.findElement(By.cssSelector("#percentComplete")).sendKeys("70");
        browser.driver.findElement(By.cssSelector("#submit")).click();

        assertThat(visible("#flash").getText()).isNotBlank();
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser.driver.navigate().refresh();
            assertThat(visible("#project-status").getText()).isNotBlank();
            assertThat(visible("#timeline").getText()).contains("2025-11-15").contains("70");
        });
        assertThat(visible("#progress-history tr[data-sequence]:last-child").getText()).contains("2025-11-15", "70%");
        new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#progress-history-chart canvas, #progress-history-chart svg")));
        browser.screenshot("project-after-progress");
    }

    @Test
    void aManagerTakesANewKindergartenThroughTheFormsToServiceAndTheSupervisorsDashboardCountsIt() throws Exception {
        String target = "tr[data-target-id='TGT-000-03b']";
        open("new-project", 1366, 768);
        logInAs("supervisor-xx-qu");
        browser.driver.get(web + "/?plan=xx-district-2021");
        int projectsBefore = Integer.parseInt(visible(target + " td:nth-of-type(3)").getText());
        int deliveredBefore = Integer.parseInt(visible(target + " td.delivered").getText());
        int districtDeliveredBefore = districtKindergartensDelivered();
        browser.driver.findElement(By.cssSelector("#logout")).click();

        logInAs("manager-xx-qu");
        browser.driver.get(web + "/projects");
        visible("#action-register").click();
        new Select(visible("#kind")).selectByValue("NEW_BUILD");
        fill("businessDate", "2025-01-10", "title", "XX区普惠性民办幼儿园（浏览器测试）", "responsiblePerson", "P-0701",
                "plannedCapacity-places", "270", "plannedCapacity-streams", "0", "plannedCapacity-classes", "9");
        submit("register");
        String projectId = browser.driver.getCurrentUrl().replaceAll(".*/projects/([^/?#]+).*", "$1");
        assertThat(projectId).startsWith("PRJ-");

        // the plan's kindergarten target, chosen among the plans' targets grouped by plan, one kindergarten
        String kindergartens = visibleOption("plan-assignment", "xx-district-2021/PRG-000-03/TGT-000-03b/");
        record("plan-assignment", "businessDate", "2025-01-10", "target", kindergartens, "contributionValue", "1");

        record("approval", "businessDate", "2025-02-20", "approvingBody", "XX区发展和改革局",
                "documentNumber", "X发改投资〔2025〕101号", "approvedBudget-amount", "960", "approvedBudget-unit", "WAN_YUAN",
                "scope", "新建9个班幼儿园一所",
                "plannedStart", "2025-03-01", "plannedCompletion", "2025-12-31");
        record("construction-start", "businessDate", "2025-03-05", "contractor", "XX建设集团有限公司");
        record("completion", "businessDate", "2025-10-20", "actualCapacity-places", "270",
                "actualCapacity-streams", "0", "actualCapacity-classes", "9", "floorAreaSquareMetres", "3650.5");
        record("acceptance-passes", "businessDate", "2025-11-10", "inspectingBody", "XX区住房和城乡建设局");
        record("service-entry", "businessDate", "2025-11-20", "firstEnrolment", "240");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser.driver.navigate().refresh();
            assertThat(visible("#project-status").getText()).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector("#action-service-entry"))).isEmpty();
            assertThat(visible("#timeline").getText()).contains("2025-11-20");
        });
        browser.screenshot("new-project-in-service");

        // the completion's floor area was mistyped: corrected through the timeline, the original kept
        String completion = "#timeline li[data-type$='construction-completed.v1']";
        visible(completion + " a.correct-event").click();
        assertThat(visible("#floorAreaSquareMetres").getAttribute("value")).isEqualTo("3650.5");
        fill("floorAreaSquareMetres", "3560.5", "reason", "按竣工验收备案表核定的建筑面积更正");
        browser.driver.findElement(By.cssSelector("#submit")).click();
        assertThat(visible("#flash").getText()).isNotBlank();
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser.driver.navigate().refresh();
            assertThat(visible(completion + " .corrected-by").getText()).startsWith("#");
            assertThat(visible("#timeline li[data-type$='event-corrected.v1']").getText())
                    .contains("3650.5").contains("3560.5");
        });
        browser.screenshot("new-project-corrected");
        browser.driver.findElement(By.cssSelector("#logout")).click();

        logInAs("supervisor-xx-qu");
        browser.driver.get(web + "/?plan=xx-district-2021");
        assertThat(Integer.parseInt(visible(target + " td:nth-of-type(3)").getText())).isEqualTo(projectsBefore + 1);
        assertThat(Integer.parseInt(visible(target + " td.delivered").getText())).isEqualTo(deliveredBefore + 1);
        assertThat(districtKindergartensDelivered()).isEqualTo(districtDeliveredBefore + 1);
        browser.screenshot("dashboard-after-new-project");
    }

    /** The kindergartens the dashboard's roll-up counts delivered in XX区 (0 while it has no such row). */
    private int districtKindergartensDelivered() {
        visible("#rollup-section");
        List<WebElement> cells = browser.driver.findElements(By.cssSelector(
                "#rollup tr[data-jurisdiction='CN-45/XX市/XX区'][data-counts='kindergartens' i] td.delivered"));
        return cells.isEmpty() ? 0 : new BigDecimal(cells.get(0).getText()).intValueExact();
    }

    /**
     * The value of the option of the project page's form of {@code operation} whose value starts with
     * {@code prefix}, once the form is offered (the page is left on the project page).
     */
    private String visibleOption(String operation, String prefix) {
        String page = browser.driver.getCurrentUrl();
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            browser.driver.navigate().refresh();
            return !browser.driver.findElements(By.cssSelector("#action-" + operation)).isEmpty();
        });
        browser.driver.findElement(By.cssSelector("#action-" + operation)).click();
        String value = new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("option[value^='" + prefix + "']"))).getAttribute("value");
        browser.driver.get(page);
        return value;
    }

    /** Opens the project page's form of {@code operation} once the project's status offers it, fills it, submits. */
    private void record(String operation, String... fieldsAndValues) {
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            browser.driver.navigate().refresh();
            return !browser.driver.findElements(By.cssSelector("#action-" + operation)).isEmpty();
        });
        browser.driver.findElement(By.cssSelector("#action-" + operation)).click();
        visible("#submit");
        fill(fieldsAndValues);
        submit(operation);
    }

    /** Submits the form on the page and expects the confirmation; a refusal fails with its errors and a screenshot. */
    private void submit(String operation) {
        browser.driver.findElement(By.cssSelector("#submit")).click();
        new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#flash")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='-error']"))));
        if (browser.driver.findElements(By.cssSelector("#flash")).isEmpty()) {
            browser.screenshot("refused-" + operation);
            throw new AssertionError(operation + " was refused: " + browser.driver.findElements(
                    By.cssSelector("[id$='-error']")).stream().map(WebElement::getText).toList());
        }
    }

    private void fill(String... fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            WebElement field = visible("#" + fieldsAndValues[i]);
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByValue(fieldsAndValues[i + 1]);
            } else {
                type(field, fieldsAndValues[i + 1]);
            }
        }
    }

    /**
     * Every kind of page, in both languages where the text differs, passes axe-core's automated WCAG 2.1 A and AA
     * rules: the login page, the dashboard, the project list, a project page with its history, a recording form with
     * inline errors, the plan-file import page and a refusal.
     */
    @Test
    void everyKindOfPagePassesTheAutomatedWcagChecks() {
        open("accessibility", 1366, 768);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser.driver.get(web + "/login");
        visible("#username");
        violations.put("login", browser.accessibilityViolations());

        logInAs("supervisor-xx-qu");
        for (String lang : List.of("zh-CN", "en")) {
            browser.driver.get(web + "/?plan=xx-district-2021&lang=" + lang);
            new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#progress-chart canvas, #progress-chart svg")));
            visible("#money-totals");
            violations.put("dashboard " + lang, browser.accessibilityViolations());
        }
        // a target's page: its figures per district, opened from the dashboard's targets table
        browser.driver.get(web + "/?plan=xx-district-2021&lang=zh-CN");
        visible("#targets tbody th a").click();
        visible("#breakdown-unit");
        violations.put("target breakdown", browser.accessibilityViolations());
        browser.driver.get(web + "/projects?lang=zh-CN");
        visible("#projects");
        violations.put("projects", browser.accessibilityViolations());
        browser.driver.get(web + "/projects/PRJ-DEMO-0003");
        visible("#timeline");
        violations.put("project", browser.accessibilityViolations());
        browser.driver.findElement(By.cssSelector("#logout")).click();

        logInAs("manager-xx-qu-shiyan-xiaoxue");
        browser.driver.get(web + "/projects/PRJ-DEMO-0003");
        assertThat(visible("#backend-error").getAttribute("data-reason")).isEqualTo("not-your-organisation");
        assertThat(visible("#error-advice").getText()).isNotBlank();
        violations.put("refusal", browser.accessibilityViolations());
        browser.driver.get(web + "/projects/PRJ-DEMO-0002");
        visible("#action-progress").click();
        type(visible("#percentComplete"), "150");
        type(browser.driver.findElement(By.cssSelector("#note")), "主体结构施工中");
        browser.driver.findElement(By.cssSelector("#submit")).click();
        visible("#percentComplete-error");
        violations.put("form with an error", browser.accessibilityViolations());
        browser.driver.get(web + "/projects/PRJ-DEMO-0002");
        visible("#action-plan-assignment").click();
        visible("#target");
        violations.put("plan assignment", browser.accessibilityViolations());
        browser.driver.get(web + "/projects/PRJ-DEMO-0002");
        visible("#timeline a.correct-event").click();
        visible("#reason");
        violations.put("correction", browser.accessibilityViolations());
        browser.driver.findElement(By.cssSelector("#logout")).click();

        logInAs("admin-xx-qu");
        browser.driver.get(web + "/plan-imports");
        visible("#file");
        violations.put("plan import", browser.accessibilityViolations());

        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
    }

    @Test
    void theLanguageSwitchesBetweenChineseAndEnglish() {
        open("language", 1366, 768);
        logInAs("supervisor-xx-qu");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        String chinese = visible("#nav-projects").getText();

        browser.driver.findElement(By.cssSelector("#lang-en")).click();
        visible("#nav-projects");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        String english = browser.driver.findElement(By.cssSelector("#nav-projects")).getText();
        browser.screenshot("dashboard-en");

        browser.driver.findElement(By.cssSelector("#lang-zh")).click();
        visible("#nav-projects");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(chinese).isNotEqualTo(english).matches(".*\\p{IsHan}.*");
        assertThat(english).matches("[\\p{ASCII}]+");
    }

    @Test
    void aSupervisorSeesTheDashboardAndItsJurisdictionsProjectsAndExportsTheList() throws Exception {
        open("supervisor", 1366, 768);
        logInAs("supervisor-xx-qu");
        browser.driver.get(web + "/?plan=xx-district-2021");
        assertThat(visible("#targets").findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#progress-chart canvas, #progress-chart svg")));
        assertThat(visible("#lagging").getText()).isNotBlank();
        browser.screenshot("dashboard");

        browser.driver.get(web + "/projects");
        List<String> rows = projectRows();
        assertThat(rows).contains("PRJ-DEMO-0001", "PRJ-DEMO-0002", "PRJ-DEMO-0003", "PRJ-DEMO-0004", "PRJ-DEMO-0005")
                .doesNotContain("PRJ-DEMO-0006");
        browser.screenshot("projects");

        browser.driver.findElement(By.cssSelector("a[href*='export.csv']")).click();
        Path csv = await().atMost(WAIT).until(() -> browser.downloaded().stream().findFirst().orElse(null),
                file -> file != null);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("PRJ-DEMO-0001").contains("XX区第三幼儿园新建工程")
                .doesNotContain("PRJ-DEMO-0006");
    }

    @Test
    void anAuditorReadsACorrectedHistoryTheStateAsOfADateAndTheIntegrityResultOnATablet() {
        open("auditor", 768, 1024);
        logInAs("auditor-xx-qu");
        browser.driver.get(web + "/projects/PRJ-DEMO-0003");

        String timeline = visible("#timeline").getText();
        assertThat(timeline).contains("区教育局计划财务科复核后更正").contains("manager-xx-qu-diwu-chuzhong");
        assertThat(visible("#integrity").getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.cssSelector("#integrity-result")).getAttribute("data-intact")).isEqualTo("true");
        browser.screenshot("auditor-project-tablet");

        type(visible("#as-of-date"), "2024-12-31");
        browser.driver.findElement(By.cssSelector("#as-of-submit")).click();
        assertThat(visible("#project-status").getText()).isNotBlank();
        assertThat(browser.driver.getCurrentUrl()).contains("asOf=2024-12-31");
        browser.screenshot("auditor-project-as-of");
    }
}
