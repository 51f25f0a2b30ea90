package cn.edutrack.events;

import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectCancelled;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectHandedOver;
import cn.edutrack.events.project.ProjectRegistered;
import cn.edutrack.events.project.ProjectResumed;
import cn.edutrack.events.project.ProjectSuspended;
import cn.edutrack.events.project.PutIntoService;
import cn.edutrack.events.project.ReformConcluded;
import cn.edutrack.events.project.ReformEvaluated;
import cn.edutrack.events.project.ReformLaunched;
import cn.edutrack.events.project.ScheduleRebaselined;
import cn.edutrack.events.project.ScopeRevised;
import cn.edutrack.events.project.SiteDecommissioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each stored fixture ({@code src/test/resources/fixtures/<shortName>.v<version>.json}) must read
 * as, field by field. The fixtures are payloads as released: never edit one, add a new version instead.
 */
final class StoredFixtures {

    private static final ProjectId KINDERGARTEN = ProjectId.of("PRJ-2022-XQ-0031");
    private static final ProjectId MIDDLE_SCHOOL_RELOCATION = ProjectId.of("PRJ-2021-XQ-0102");
    private static final ProjectId GROUP_REFORM = ProjectId.of("PRJ-2023-GG-0007");
    private static final ProjectId MODEL_KINDERGARTEN = ProjectId.of("PRJ-2024-CJ-0012");

    private static final Map<String, ProjectEvent> EXPECTED = Stream.of(
            new ProjectRegistered(KINDERGARTEN, date("2022-01-10"), at("2022-01-10T01:32:15.204Z"),
                    ProjectKind.NEW_BUILD, "XX区第三实验幼儿园新建工程", JurisdictionCode.of("CN-44/XX市/XX区"),
                    OrganisationId.of("ORG-XQJYJ-JJK"), PersonId.of("PSN-000417"), new Capacity(360, 0, 12),
                    "XX区“十四五”学前教育发展提升行动计划（X教〔2021〕88号）"),
            new ProjectApproved(KINDERGARTEN, date("2022-03-15"), at("2022-03-15T06:05:41.880Z"),
                    "XX区发展和改革局", "X发改投资〔2022〕15号", Money.ofYuan(38_650_000),
                    "新建教学综合楼、风雨操场及附属设施，总建筑面积约6800平方米，规模12班",
                    date("2022-06-01"), date("2023-08-31")),
            new FundingAllocated(KINDERGARTEN, date("2022-05-20"), at("2022-05-23T02:14:09.035Z"),
                    "ALLOC-2022-0087", FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, Money.of("8765432.10"),
                    "X财教〔2022〕42号"),
            new ConstructionStarted(KINDERGARTEN, date("2022-06-18"), at("2022-06-20T00:48:27.512Z"),
                    "XX建工集团有限公司"),
            new ProgressReported(KINDERGARTEN, date("2022-11-30"), at("2022-12-02T08:30:00.117Z"), 60,
                    "更正：11月进度按监理月报核定为60%，主体结构封顶，二次结构砌筑中", "DOC-JLYB-2022-11-003", 6L),
            new ConstructionCompleted(KINDERGARTEN, date("2023-08-25"), at("2023-08-28T03:11:52.640Z"),
                    new Capacity(360, 0, 12), new BigDecimal("6825.4")),
            new AcceptancePassed(KINDERGARTEN, date("2023-08-29"), at("2023-08-29T09:02:33.001Z"),
                    "XX区住房和城乡建设局", "X建竣备〔2023〕118号"),
            new AcceptanceFailed(MIDDLE_SCHOOL_RELOCATION, date("2023-07-12"), at("2023-07-12T07:45:10.300Z"),
                    "XX区教育局", "消防车道宽度不足4米；3间教室照度未达到GB 7793-2010要求", date("2023-08-15")),
            new PutIntoService(KINDERGARTEN, date("2023-09-01"), at("2023-09-01T01:00:04.950Z"), 268),
            new ProjectSuspended(MIDDLE_SCHOOL_RELOCATION, date("2022-04-06"), at("2022-04-06T05:20:18.777Z"),
                    "地块内发现未登记的地下燃气管线，暂停施工待迁改"),
            new ProjectResumed(MIDDLE_SCHOOL_RELOCATION, date("2022-08-15"), at("2022-08-15T02:00:00Z"), null),
            new ScheduleRebaselined(MIDDLE_SCHOOL_RELOCATION, date("2022-08-20"), at("2022-08-22T06:41:29.066Z"),
                    date("2021-09-01"), date("2023-06-30"), "燃气管线迁改延误工期约四个月"),
            new BudgetRevised(MIDDLE_SCHOOL_RELOCATION, date("2022-09-09"), at("2022-09-13T03:27:45.219Z"),
                    Money.ofYuan(126_400_000), "X发改投资〔2022〕61号", "管线迁改及地基处理费用增加"),
            new ScopeRevised(MIDDLE_SCHOOL_RELOCATION, date("2022-09-09"), at("2022-09-13T03:29:02.408Z"),
                    "迁建教学楼、实验楼、体艺馆及400米标准运动场，增设地下停车库", new Capacity(2700, 12, 54),
                    "片区学位需求增加，规模由48班调整为54班"),
            new ProjectHandedOver(ProjectId.of("PRJ-2023-PT-0005"), date("2023-08-10"), at("2023-08-11T01:55:37.302Z"),
                    "XX置业有限公司", new Capacity(1620, 6, 36)),
            new SiteDecommissioned(MIDDLE_SCHOOL_RELOCATION, date("2023-09-20"), at("2023-09-21T07:12:48.590Z"),
                    "XX区第二中学老校区（XX路12号）", 1800),
            new ProjectCancelled(ProjectId.of("PRJ-2022-XQ-0044"), date("2022-12-28"), at("2022-12-28T08:03:55.421Z"),
                    "国土空间规划调整，选址地块改作社区公园用地，项目终止"),
            new ReformLaunched(GROUP_REFORM, date("2023-02-20"), at("2023-02-20T02:30:12.654Z"),
                    List.of(OrganisationId.of("ORG-SCH-440103-0012"), OrganisationId.of("ORG-SCH-440103-0027"),
                            OrganisationId.of("ORG-SCH-440103-0031"))),
            new ReformEvaluated(GROUP_REFORM, date("2024-01-16"), at("2024-01-18T06:58:20.088Z"),
                    "XX区人民政府教育督导室", "良好", true),
            new ReformConcluded(GROUP_REFORM, date("2024-07-05"), at("2024-07-08T01:40:31.975Z"), true,
                    "集团化办学模式在全区推广，新组建3个紧密型教育集团"),
            new DesignationApplied(MODEL_KINDERGARTEN, date("2024-03-08"), at("2024-03-08T03:16:44.230Z"),
                    "XX省省级示范幼儿园", "省级", "XX区教育局"),
            new DesignationGranted(MODEL_KINDERGARTEN, date("2024-11-22"), at("2024-11-25T02:09:13.506Z"),
                    "省级", "XX省教育厅", "X教基〔2024〕37号"),
            new DesignationRejected(ProjectId.of("PRJ-2024-CJ-0019"), date("2024-11-22"), at("2024-11-25T02:11:40.815Z"),
                    "专任教师持证率和师生比未达到省级示范幼儿园评估标准"))
            .collect(Collectors.toUnmodifiableMap(event -> EventCatalog.of(event).ceType(), event -> event));

    private StoredFixtures() {
    }

    static ProjectEvent expected(EventType type) {
        ProjectEvent event = EXPECTED.get(type.ceType());
        if (event == null) {
            throw new AssertionError("no expectation for the fixture of " + type.ceType());
        }
        return event;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
