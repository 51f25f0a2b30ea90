package cn.edutrack.local.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handful of demonstration projects in the three tracks, at different stages, with business dates in the past,
 * sent through the command API over HTTP. Every request carries a fixed {@code Idempotency-Key} and every project
 * a fixed id ({@code PRJ-DEMO-0001} ...), so loading twice appends nothing: replayed requests return their first
 * result, and a registration answered {@code 409} (the project exists, registered otherwise) marks the project as
 * already loaded. Each project's requests authenticate (HTTP Basic) as the local manager of its owner organisation
 * ({@link DemoUsers#managerOf}).
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AREA = "CN-45/XX市/XX区";
    private static final String COUNTY = "CN-45/XX市/YY县";
    private static final String BUREAU = "XX区教育局";
    /** Set by the command side on a response replayed for a known Idempotency-Key. */
    private static final String REPLAYED = "Idempotent-Replayed";

    /**
     * What a load did.
     *
     * @param projectsLoaded       projects to which this load appended events
     * @param projectsAlreadyThere projects that were there already (every request replayed, or registration 409)
     * @param versions each project's version after its last accepted request (replays answer the first result,
     *                 so a second load reports the same versions)
     */
    public record Result(int projectsLoaded, int projectsAlreadyThere, int requestsSent, List<String> problems,
                         Map<String, Long> versions) {
    }

    private DemoData() {
    }

    /** The demo projects' ids. */
    public static List<String> projectIds() {
        return projects().stream().map(DemoProject::id).toList();
    }

    /**
     * Loads the demo projects through the command API at {@code commandUrl} ({@code http://host:port}).
     * A project whose request is refused is reported in {@link Result#problems()} and left as far as it got.
     *
     * @throws IllegalStateException when the command side cannot be reached
     */
    public static Result load(String commandUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int loaded = 0;
        int existing = 0; // counted in the loop
        int sent = 0;
        List<String> problems = new ArrayList<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (DemoProject project : projects()) {
            boolean complete = true;
            boolean appended = false;
            String manager = managerOf(project);
            for (int i = 0; i < project.steps().size(); i++) {
                Step step = project.steps().get(i);
                String path = i == 0 ? "/api/projects" : "/api/projects/" + project.id() + "/" + step.operation();
                String key = "demo-" + project.id() + "-" + (i + 1) + "-" + step.operation();
                HttpResponse<String> response = post(http, commandUrl + path, key, manager, step.body());
                sent++;
                int status = response.statusCode();
                if (i == 0 && status == 409) {
                    complete = false;
                    existing++;
                    break;
                }
                if (status / 100 != 2) {
                    String problem = project.id() + " " + step.operation() + ": HTTP " + status + " " + response.body();
                    log.warn("Demo data: {}", problem);
                    problems.add(problem);
                    complete = false;
                    break;
                }
                appended |= !response.headers().firstValue(REPLAYED).map("true"::equalsIgnoreCase).orElse(false);
                versions.put(project.id(), JSON.readTree(response.body()).path("version").asLong(-1));
            }
            if (complete && appended) {
                loaded++;
            } else if (complete) {
                existing++;
            }
        }
        Result result = new Result(loaded, existing, sent, List.copyOf(problems), Map.copyOf(versions));
        log.info("Demo data: {} projects loaded, {} already there, {} requests, {} problems", loaded, existing, sent,
                problems.size());
        return result;
    }

    /** The local user who records a demo project: the manager of the organisation its registration names. */
    static String managerOf(DemoProject project) {
        return DemoUsers.bundled().managerOf((String) project.steps().get(0).body().get("ownerOrganisation")).id();
    }

    private static HttpResponse<String> post(HttpClient http, String url, String key, String user,
                                             Map<String, Object> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Idempotency-Key", key)
                .header("Authorization", DemoUsers.basicAuthorization(user))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the command side at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo data", e);
        }
    }

    // ------------------------------------------------------------------------------------------- the projects

    record Step(String operation, Map<String, Object> body) {
    }

    record DemoProject(String id, List<Step> steps) {
    }

    static List<DemoProject> projects() {
        return List.of(
                // Construction: a kindergarten built, accepted and in service.
                project("PRJ-DEMO-0001",
                        register("2024-01-10", "PRJ-DEMO-0001", ProjectKind.NEW_BUILD, "XX区第三幼儿园新建工程", AREA,
                                "XX区第三幼儿园", "张丽", capacity(360, 0, 12), "XX区学前教育第四期行动计划"),
                        approve("2024-02-20", "XX区发展和改革局", "X发改投资〔2024〕15号", wan("2800"),
                                "新建12个班规模幼儿园一所，建筑面积约5400平方米", "2024-03-15", "2025-03-31"),
                        allocate("2024-03-01", "ALLOC-0001-1", FundingSource.COUNTY_DISTRICT_FISCAL, wan("1500"), "X财教〔2024〕8号"),
                        step("construction-start", "2024-03-15", "contractor", "XX建设集团有限公司"),
                        progress("2024-06-30", 30, "主体结构施工中"),
                        allocate("2024-07-05", "ALLOC-0001-2", FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, wan("1200"), "X财债〔2024〕21号"),
                        progress("2024-10-31", 75, "主体封顶，进入装饰装修"),
                        progress("2025-03-20", 100, "室外工程完成"),
                        step("completion", "2025-04-15", "actualCapacity", capacity(360, 0, 12), "floorAreaSquareMetres", "5420"),
                        step("acceptance-passes", "2025-05-20", "inspectingBody", "XX区住房和城乡建设局", "documentNumber", "X建验〔2025〕33号"),
                        step("service-entry", "2025-09-01", "firstEnrolment", 330),
                        // the completion (sequence 8) was recorded with the floor area of the design drawings
                        correct(8, "竣工验收备案表载明的建筑面积为5462.5平方米，原记录误用设计图纸面积",
                                "floorAreaSquareMetres", new BigDecimal("5462.5"))),
                // Construction: a primary school expansion, 60 % built.
                project("PRJ-DEMO-0002",
                        register("2024-09-02", "PRJ-DEMO-0002", ProjectKind.EXPANSION, "XX区实验小学扩建工程", AREA,
                                "XX区实验小学", "李强", capacity(900, 4, 20), "XX区义务教育学位建设三年行动"),
                        approve("2024-11-12", "XX区发展和改革局", "X发改投资〔2024〕88号", wan("4500"),
                                "新建教学综合楼一栋，新增20个教学班", "2025-03-01", "2026-08-31"),
                        allocate("2024-12-10", "ALLOC-0002-1", FundingSource.MUNICIPAL_FISCAL, wan("2000"), "X市财教〔2024〕40号"),
                        step("construction-start", "2025-03-01", "contractor", "XX市政工程有限公司"),
                        progress("2025-06-30", 25, "基础工程完成"),
                        progress("2025-10-31", 60, "主体结构施工至四层")),
                // Construction: a junior secondary school that failed acceptance.
                project("PRJ-DEMO-0003",
                        register("2023-05-08", "PRJ-DEMO-0003", ProjectKind.NEW_BUILD, "XX区第五初级中学新建工程", AREA,
                                "XX区第五初级中学", "王建国", capacity(1800, 12, 36), null),
                        approve("2023-07-18", "XX区发展和改革局", "X发改投资〔2023〕52号", new Money("1.2", "YI_YUAN"),
                                "新建36个班规模初级中学一所", "2023-09-01", "2025-06-30"),
                        allocate("2023-08-20", "ALLOC-0003-1", FundingSource.CENTRAL_FISCAL, wan("5000"), "财教〔2023〕112号"),
                        allocate("2023-08-25", "ALLOC-0003-2", FundingSource.COUNTY_DISTRICT_FISCAL, wan("4000"), "X财教〔2023〕30号"),
                        step("construction-start", "2023-09-01", "contractor", "XX建工集团股份有限公司"),
                        progress("2024-06-30", 55, "教学楼主体封顶"),
                        progress("2025-05-31", 100, "全部单体完工"),
                        step("completion", "2025-06-30", "actualCapacity", capacity(1800, 12, 36), "floorAreaSquareMetres", "21800"),
                        step("acceptance-failures", "2025-07-20", "inspectingBody", "XX区住房和城乡建设局",
                                "findings", "消防通道宽度不足，实验楼二层栏杆高度不符合规范",
                                "rectificationDeadline", "2025-10-31"),
                        // the district allocation (sequence 3) was 3,800万, not 4,000万: the treasury's transfer record
                        correct(3, "以区财政局国库支付凭证为准，实际拨付3800万元",
                                "amount", "38000000.00")),
                // Reform: group-run schools (集团化办学), launched and evaluated.
                project("PRJ-DEMO-0004",
                        register("2024-02-01", "PRJ-DEMO-0004", ProjectKind.SCHOOL_GROUP, "XX区集团化办学改革（实验小学教育集团）",
                                AREA, BUREAU, "陈敏", capacity(0, 0, 0), "XX区深化教育综合改革实施方案"),
                        approve("2024-03-15", "XX区人民政府", "X政办发〔2024〕9号", wan("300"),
                                "以实验小学为核心校，组建覆盖4所学校的紧密型教育集团", "2024-09-01", "2026-07-31"),
                        step("reform-launch", "2024-09-01", "participatingUnits",
                                List.of("XX区实验小学", "XX区第二小学", "XX区第七小学", "XX区XX镇中心小学")),
                        progress("2025-01-15", 40, "完成集团章程、教师交流轮岗首批32人"),
                        step("reform-evaluations", "2025-07-10", "evaluator", "XX市教育评估院", "rating", "良好", "passed", true)),
                // Designation: a model senior secondary school, applied for and granted.
                project("PRJ-DEMO-0005",
                        register("2024-10-08", "PRJ-DEMO-0005", ProjectKind.MODEL_SCHOOL, "XX区第一中学创建自治区示范性普通高中",
                                AREA, "XX区第一中学", "赵伟", capacity(0, 0, 0), null),
                        step("designation-applications", "2024-11-01", "designation", "自治区示范性普通高中",
                                "level", "自治区级", "applicationBody", BUREAU),
                        step("designation-grant", "2025-06-18", "level", "自治区级", "grantingBody", "XX自治区教育厅",
                                "documentNumber", "X教基〔2025〕27号")),
                // Construction: a renovation in another county, approved and funded, not started yet.
                project("PRJ-DEMO-0006",
                        register("2025-04-07", "PRJ-DEMO-0006", ProjectKind.RENOVATION, "YY县第二小学校舍改造工程", COUNTY,
                                "YY县第二小学", "黄海", capacity(270, 0, 6), null),
                        approve("2025-06-10", "YY县发展和改革局", "Y发改〔2025〕19号", wan("680"),
                                "教学楼抗震加固及功能室改造", "2025-12-01", "2026-08-15"),
                        allocate("2025-07-01", "ALLOC-0006-1", FundingSource.SPECIAL_FUND, wan("400"), "Y财教〔2025〕6号")));
    }

    /**
     * A correction (with the recording user's comment, stored in the event's metadata) of the project's event {@code sequence} (its steps in order, the registration being 0): the payload
     * fields and their corrected values, written as in the event's payload. Dated by the command side (today).
     */
    private static Step correct(long sequence, String reason, Object... changes) {
        return new Step("corrections", body("correctedSequence", sequence, "changes", body(changes), "reason", reason,
                "comment", "区教育局计划财务科复核后更正"));
    }

    private static DemoProject project(String id, Step... steps) {
        return new DemoProject(id, List.of(steps));
    }

    private static Step register(String date, String id, ProjectKind kind, String title, String jurisdiction,
                                 String owner, String person, Map<String, Object> capacity, String planReference) {
        Map<String, Object> body = body("businessDate", date, "projectId", id, "kind", kind.name(), "title", title,
                "jurisdiction", jurisdiction, "ownerOrganisation", owner, "responsiblePerson", person,
                "plannedCapacity", capacity);
        if (planReference != null) {
            body.put("planReference", planReference);
        }
        return new Step("register", body);
    }

    private static Step approve(String date, String body, String document, Money budget, String scope,
                                String plannedStart, String plannedCompletion) {
        return step("approval", date, "approvingBody", body, "documentNumber", document, "approvedBudget", budget.json(),
                "scope", scope, "plannedStart", plannedStart, "plannedCompletion", plannedCompletion);
    }

    private static Step allocate(String date, String allocationId, FundingSource source, Money amount, String document) {
        return step("allocations", date, "allocationId", allocationId, "source", source.name(), "amount", amount.json(),
                "documentNumber", document);
    }

    private static Step progress(String date, int percent, String note) {
        return step("progress-reports", date, "percentComplete", percent, "note", note);
    }

    private static Step step(String operation, String date, Object... fields) {
        Map<String, Object> body = body(fields);
        Map<String, Object> dated = new LinkedHashMap<>();
        dated.put("businessDate", date);
        dated.putAll(body);
        return new Step(operation, dated);
    }

    private static Map<String, Object> body(Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> capacity(int places, int streams, int classes) {
        return body("places", places, "streams", streams, "classes", classes);
    }

    private record Money(String amount, String unit) {
        Map<String, Object> json() {
            return body("amount", amount, "unit", unit);
        }
    }

    private static Money wan(String amount) {
        return new Money(amount, "WAN_YUAN");
    }
}
