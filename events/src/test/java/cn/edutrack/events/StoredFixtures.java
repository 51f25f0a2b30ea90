package cn.edutrack.events;

import cn.edutrack.events.project.AcceptanceFailed;
import cn.edutrack.events.project.AcceptancePassed;
import cn.edutrack.events.project.BudgetRevised;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.ConstructionStarted;
import cn.edutrack.events.project.DesignationApplied;
import cn.edutrack.events.project.DesignationGranted;
import cn.edutrack.events.project.DesignationRejected;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProgressReported;
import cn.edutrack.events.project.ProjectApproved;
import cn.edutrack.events.project.ProjectCancelled;
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
import cn.edutrack.events.plan.Baseline;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.IndicatorDefined;
import cn.edutrack.events.plan.IndicatorMeasured;
import cn.edutrack.events.plan.IndicatorTargetRevised;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.JurisdictionRegistered;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.events.plan.Quantity;
import cn.edutrack.events.plan.SourceQuote;
import cn.edutrack.events.plan.TargetRevised;
import cn.edutrack.events.plan.TargetSet;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.events.project.ProjectAssignedToPlan.Contribution;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.events.project.SummonsIssued;
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
    /** A school building behind schedule under the supervision of 邯郸市教育局 (the supervision fixtures). */
    private static final ProjectId SUPERVISED_SCHOOL = ProjectId.of("PRJ-2022-HD-0015");

    // Plan events: the XX区 14th five-year education plan as extracted in plans-extraction.yaml (PLAN-000), its
    // figures, flags and quotes as printed. The source records no revision: the two revisions are illustrative.
    private static final PlanId XX_DISTRICT_PLAN = PlanId.of("xx-district-2021");
    /** Its 表1, the 13th five-year plan's indicators with their 2020 results (PLAN-000-R13). */
    private static final PlanId XX_DISTRICT_13TH_PLAN = PlanId.of("xx-district-2016");
    private static final String COLUMN_7 = "PRG-000-07";
    private static final String KINDERGARTENS_TARGET = "TGT-000-07a";
    private static final String PLACES_TARGET = "TGT-000-07e-places";

    private static final Map<String, DomainEvent> EXPECTED = Stream.of(
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
                    "专任教师持证率和师生比未达到省级示范幼儿园评估标准"),
            new ProjectAssignedToPlan(ProjectId.of("PRJ-2022-XQ-0063"), date("2023-03-20"), at("2023-03-20T07:12:44.019Z"),
                    XX_DISTRICT_PLAN, COLUMN_7, KINDERGARTENS_TARGET,
                    List.of(new Contribution(null, Counted.KINDERGARTENS, new BigDecimal("1"), "1所"),
                            new Contribution(PLACES_TARGET, Counted.PLACES, new BigDecimal("360"), "360个")),
                    ProjectId.of("PRJ-2021-XQ-0700"), null, 2023, List.of("anonymised"),
                    new SourceQuote("推进XXX幼儿园、XX幼儿园等15所幼儿园新建、改扩建工作", "专栏7")),
            new RectificationOrdered(SUPERVISED_SCHOOL, date("2024-05-10"), at("2024-05-10T08:26:37.412Z"), 1,
                    "邯郸市教育局", "主体结构施工进度滞后计划60天，未按期报送整改方案", date("2024-06-30")),
            new SummonsIssued(SUPERVISED_SCHOOL, date("2024-07-12"), at("2024-07-12T09:03:18.740Z"), "邯郸市教育局",
                    "邯山区人民政府分管副区长、项目建设单位主要负责人",
                    "第1号责令整改复查未整改到位，主体结构施工进度仍滞后计划45天，影响秋季学期新增学位投用"),
            new RecheckRecorded(SUPERVISED_SCHOOL, date("2024-07-05"), at("2024-07-08T02:14:55.086Z"), 1,
                    RecheckResult.NOT_RECTIFIED, "已报送整改方案，但主体结构施工进度仍滞后计划45天，未按方案增配塔吊和作业班组",
                    date("2024-08-31")),
            // The kindergarten's completion (sequence 9) as the acceptance record showed it: 13 classes, 390 places
            // and 12345.60 m² (the decimal kept as written, trailing zero included).
            new EventCorrected(KINDERGARTEN, date("2023-09-05"), at("2023-09-05T02:40:11.318Z"), 9,
                    EventTypes.CONSTRUCTION_COMPLETED + ".v1",
                    EventJson.toTree(new ConstructionCompleted(KINDERGARTEN, date("2023-08-25"), at("2023-08-28T03:11:52.640Z"),
                            new Capacity(390, 0, 13), new BigDecimal("12345.60"))),
                    "竣工验收备案表（X建竣备〔2023〕118号）核定实际建成13班、学位390个，建筑面积12345.60平方米；原记录按设计图纸填报"),
            new JurisdictionRegistered(JurisdictionCode.of("CN-45/XX市/XX区"), date("2023-03-20"),
                    at("2023-03-20T07:10:02.561Z"), "XX区", JurisdictionLevel.DISTRICT, JurisdictionCode.of("CN-45/XX市"),
                    new SourceQuote("统筹规划XX市XX区教育事业", "前言")),
            new PlanRegistered(XX_DISTRICT_PLAN, date("2023-03-20"), at("2023-03-20T07:10:02.974Z"),
                    JurisdictionCode.of("CN-45/XX市/XX区"), "XX区教育事业发展“十四五”规划", PlanType.FIVE_YEAR_PLAN, 2021, 2025,
                    2020, null, null, null, List.of("anonymised", "truncated_source"),
                    new SourceQuote("XX区教育事业发展“十四五”规划为加快推进教育现代化,推动教育高质量发展,统筹规划XX市XX区教育事业", "前言")),
            new IndicatorDefined(XX_DISTRICT_PLAN, date("2023-03-20"), at("2023-03-20T07:10:03.108Z"), "IND-000-02",
                    "九年义务教育巩固率", "%", IndicatorAttribute.BINDING, "COMPULSORY_RETENTION_RATE",
                    new Baseline(2020, new BigDecimal("96.83"), "96.83"), 2025,
                    Quantity.of(Comparator.AT_LEAST, new BigDecimal("97"), "97以上"), List.of(),
                    new SourceQuote("九年义务教育巩固率(%)96.8397以上约束性", "表2")),
            new IndicatorTargetRevised(XX_DISTRICT_PLAN, date("2023-11-15"), at("2023-11-16T01:27:38.402Z"), "IND-000-02",
                    2025, Quantity.of(Comparator.AT_LEAST, new BigDecimal("97.5"), "97.5以上"),
                    "“十四五”规划中期评估后调整：九年义务教育巩固率目标由“97以上”提高至“97.5以上”"),
            new IndicatorMeasured(XX_DISTRICT_13TH_PLAN, date("2023-03-20"), at("2023-03-20T07:10:04.733Z"), "IND-000R-01",
                    2020, new BigDecimal("3.2842"), "3.2842", List.of("suspicious"),
                    "XX区教育事业发展“十四五”规划 表1“十三五”XX区教育事业主要指标完成情况"),
            new ProgrammeDefined(XX_DISTRICT_PLAN, date("2023-03-20"), at("2023-03-20T07:10:03.655Z"), COLUMN_7,
                    "教育资源扩容提质工程", ProgrammeKind.SPECIAL_COLUMN, "专栏7",
                    new SourceQuote("专栏7教育资源扩容提质工程类别重点工程前育学教推进XXX幼儿园、XX幼儿园等15所幼儿园新建、改扩建工作"
                            + "务育义教推进XX小学、XX学校等42所义务教育阶段学校新建、改扩建工作。", "三 战略任务和重大工程")),
            new TargetSet(XX_DISTRICT_PLAN, date("2023-03-20"), at("2023-03-20T07:10:03.702Z"), PLACES_TARGET, COLUMN_7,
                    "新增学位", Counted.PLACES, Quantity.of(Comparator.ABOUT, new BigDecimal("28000"), "约28000个"),
                    Firmness.FIRM, null, null, List.of("estimate"),
                    new SourceQuote("XX区新建、改扩建和接收居住区教育配套中小学、幼儿园57所,完成后预计新增学位约28000个。", "专栏7")),
            new TargetRevised(XX_DISTRICT_PLAN, date("2023-11-15"), at("2023-11-16T01:31:09.886Z"), KINDERGARTENS_TARGET,
                    Quantity.of(Comparator.EQUAL, new BigDecimal("14"), "14所"), Firmness.FIRM,
                    "规划中期调整：XX幼儿园选址地块改作社区公园用地，幼儿园新建、改扩建由15所调整为14所"))
            .collect(Collectors.toUnmodifiableMap(event -> EventCatalog.of(event).ceType(), event -> event));

    private StoredFixtures() {
    }

    static DomainEvent expected(EventType type) {
        DomainEvent event = EXPECTED.get(type.ceType());
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
