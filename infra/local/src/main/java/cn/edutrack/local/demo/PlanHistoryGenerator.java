package cn.edutrack.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.local.demo.DemoHistory.Measurement;
import cn.edutrack.local.demo.Lifecycle.Fate;
import cn.edutrack.local.demo.Lifecycle.Spec;
import cn.edutrack.local.demo.ProjectHistory.Ownership;
import cn.edutrack.local.demo.ProjectHistory.SchoolType;

/**
 * Realistic, deterministic project histories for the four demo plans: the schools and kindergartens the plans only
 * count, as child projects of the plan files' portfolio projects, each played through its lifecycle to a fate chosen
 * so that every stage occurs (only approved, funded from several sources, under construction, stalled and silent,
 * overdue, completed, failed acceptance and re-inspected, accepted, in service, cancelled), with the supervision of
 * some of the troubled ones (rectification orders, re-checks, summonses: {@link Supervision}), plus yearly measurements
 * of every indicator, some ahead of and some behind their linear path.
 *
 * <ul>
 *   <li>XX区 专栏7: 15 kindergartens and 42 compulsory schools (about 28,000 places between them);</li>
 *   <li>鼓楼区: 12 public kindergartens (one cancelled) and 7 compulsory schools adding pre-school and compulsory
 *       places toward 3,000 and 5,000, and toward "10 or more new or expanded schools";</li>
 *   <li>邯郸市 2022: the 193 schools newly built or expanded (70 kindergartens, 72 primary, 26 junior, 11 senior,
 *       14 vocational) across its 18 county-level jurisdictions, starting and completing through 2022, some into 2023
 *       or not at all;</li>
 *   <li>施甸县 2021: the 6 county-town kindergartens (3 public, 3 private) and the 22 rural ones.</li>
 * </ul>
 *
 * Same seed and same today, same history. The lifecycles themselves do not depend on today: today only cuts off what
 * has not happened yet, so a later today extends the same history.
 */
public final class PlanHistoryGenerator {

    /** The seed of the demo data. */
    public static final long SEED = 20_210_301L;

    private static final String XX = "xx-district-2021";
    private static final String GULOU = "gulou-2021";
    private static final String HANDAN = "handan-2022";
    private static final String SHIDIAN = "shidian-2021";

    private final LocalDate today;
    private final long seed;
    private final List<ProjectHistory> projects = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();

    private PlanHistoryGenerator(LocalDate today, long seed) {
        this.today = today;
        this.seed = seed;
    }

    /** The demo history of the four demo plans as of {@code today}, with the demo seed. */
    public static DemoHistory generate(LocalDate today) {
        return generate(today, SEED, DemoPlan.all());
    }

    public static DemoHistory generate(LocalDate today, long seed, List<DemoPlan> plans) {
        PlanHistoryGenerator generator = new PlanHistoryGenerator(today, seed);
        for (DemoPlan plan : plans) {
            Random random = new Random(seed * 31 + plan.planId().hashCode());
            switch (plan.planId()) {
                case XX -> generator.xxDistrict(plan, random);
                case GULOU -> generator.gulou(plan, random);
                case HANDAN -> generator.handan(plan, random);
                case SHIDIAN -> generator.shidian(plan, random);
                default -> {
                    // a plan without generated projects still gets its indicators measured
                }
            }
            generator.measure(plan);
        }
        return DemoHistory.of(today, seed, plans, generator.projects, generator.measurements);
    }

    // ============================================================================================ XX区

    private void xxDistrict(DemoPlan plan, Random random) {
        String area = plan.jurisdiction();
        List<Fate> kgFates = fates(random, Map.of(Fate.IN_SERVICE, 6, Fate.FAILED_THEN_IN_SERVICE, 2, Fate.ACCEPTED, 1,
                Fate.FAILED_OPEN, 1, Fate.COMPLETED, 1, Fate.ACTIVE, 1, Fate.STALLED, 1, Fate.FUNDED_ONLY, 1,
                Fate.APPROVED_ONLY, 1));
        List<Fate> schoolFates = fates(random, Map.of(Fate.IN_SERVICE, 20, Fate.FAILED_THEN_IN_SERVICE, 4,
                Fate.ACCEPTED, 2, Fate.FAILED_OPEN, 2, Fate.COMPLETED, 3, Fate.ACTIVE, 3, Fate.STALLED, 3,
                Fate.FUNDED_ONLY, 3, Fate.APPROVED_ONLY, 2));

        List<Planned> kindergartens = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            boolean build = i < 9;
            int classes = build ? pick(random, 9, 12, 12, 15) : pick(random, 3, 6, 6);
            kindergartens.add(new Planned(SchoolType.KINDERGARTEN, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION,
                    classes, 30, classes / 3, kgFates.get(i)));
        }
        List<Planned> schools = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            SchoolType type = i < 22 ? SchoolType.PRIMARY : i < 34 ? SchoolType.JUNIOR : SchoolType.NINE_YEAR;
            boolean build = i % 4 == 0 || i >= 38;
            int classes;
            if (build) {
                classes = type == SchoolType.NINE_YEAR ? pick(random, 27, 36) : pick(random, 24, 30, 36);
            } else {
                classes = pick(random, 6, 9, 12, 12, 18);
            }
            int perClass = type == SchoolType.JUNIOR ? 50 : 45;
            int streams = type == SchoolType.JUNIOR ? classes / 3 : type == SchoolType.PRIMARY ? classes / 6 : classes / 9;
            schools.add(new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, perClass,
                    streams, schoolFates.get(i)));
        }
        // The plan expects about 28,000 places from the 57: expansions are sized to land within 1.5 % of it.
        List<Planned> all = new ArrayList<>(kindergartens);
        all.addAll(schools);
        adjustTo(all, 28_000, 420, random);

        Ordinals names = new Ordinals();
        for (int i = 0; i < kindergartens.size(); i++) {
            Planned p = kindergartens.get(i);
            int places = p.places();
            String title = p.kind == ProjectKind.NEW_BUILD
                    ? "XX区第" + names.next("kg-new", 3) + "幼儿园新建工程"
                    : "XX区XX街道第" + names.next("kg-ext", 1) + "幼儿园改扩建工程";
            projects(plan, random, p, "PRJ-000-02-" + two(i + 1), "PRJ-000-02", "PRG-000-07", "TGT-000-07a", title,
                    area, "XX区教育局", "P-XXQ-" + (101 + i), List.of(
                            new Contribution("TGT-000-07a", Counted.KINDERGARTENS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-000-07e-schools", Counted.KINDERGARTENS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-000-07e-places", Counted.PLACES, BigDecimal.valueOf(places),
                                    "约" + places + "个")),
                    List.of("anonymised", "estimate"), 2025, fiveYearStart(plan, p.fate, random),
                    p.kind == ProjectKind.NEW_BUILD ? between(random, 12, 18) : between(random, 8, 12),
                    xxFunding(random), "XX区发展和改革局", "X发改投资", XX_CONTRACTORS, "XX区住房和城乡建设局");
        }
        for (int i = 0; i < schools.size(); i++) {
            Planned p = schools.get(i);
            int places = p.places();
            String title = switch (p.type) {
                case PRIMARY -> p.kind == ProjectKind.NEW_BUILD ? "XX区第" + names.next("pri-new", 8) + "小学新建工程"
                        : "XX区XX小学（第" + names.next("pri-ext", 1) + "批）改扩建工程";
                case JUNIOR -> p.kind == ProjectKind.NEW_BUILD ? "XX区第" + names.next("jun-new", 6) + "初级中学新建工程"
                        : "XX区XX中学（第" + names.next("jun-ext", 1) + "批）改扩建工程";
                default -> p.kind == ProjectKind.NEW_BUILD ? "XX区XX学校（九年一贯制）第" + names.next("nine-new", 1) + "校区新建工程"
                        : "XX区XX学校（九年一贯制，第" + names.next("nine-ext", 1) + "批）改扩建工程";
            };
            projects(plan, random, p, "PRJ-000-03-" + two(i + 1), "PRJ-000-03", "PRG-000-07", "TGT-000-07b", title,
                    area, "XX区教育局", "P-XXQ-" + (201 + i), List.of(
                            new Contribution("TGT-000-07b", Counted.SCHOOLS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-000-07e-schools", Counted.SCHOOLS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-000-07e-places", Counted.PLACES, BigDecimal.valueOf(places),
                                    "约" + places + "个")),
                    List.of("anonymised", "estimate"), 2025, fiveYearStart(plan, p.fate, random),
                    p.kind == ProjectKind.NEW_BUILD ? between(random, 18, 26) : between(random, 10, 16),
                    xxFunding(random), "XX区发展和改革局", "X发改投资", XX_CONTRACTORS, "XX区住房和城乡建设局");
        }
    }

    private static final List<String> XX_CONTRACTORS = List.of("XX建工集团有限公司", "XX市政建设集团有限公司",
            "XX第一建筑工程有限公司", "XX城建集团有限公司", "XX路桥建设有限公司");

    private static List<FundingSource> xxFunding(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> List.of(FundingSource.COUNTY_DISTRICT_FISCAL, FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND,
                    FundingSource.CENTRAL_FISCAL);
            case 1 -> List.of(FundingSource.MUNICIPAL_FISCAL, FundingSource.COUNTY_DISTRICT_FISCAL);
            case 2 -> List.of(FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, FundingSource.COUNTY_DISTRICT_FISCAL,
                    FundingSource.PROVINCIAL_FISCAL);
            default -> List.of(FundingSource.COUNTY_DISTRICT_FISCAL, FundingSource.SPECIAL_FUND);
        };
    }

    // ============================================================================================ 鼓楼区

    private static final List<String> GULOU_STREETS = List.of("鼓东街道", "鼓西街道", "温泉街道", "东街街道",
            "南街街道", "安泰街道", "华大街道", "水部街道", "五凤街道", "洪山镇");

    private void gulou(DemoPlan plan, Random random) {
        List<Fate> kgFates = fates(random, Map.of(Fate.IN_SERVICE, 7, Fate.FAILED_THEN_IN_SERVICE, 1, Fate.ACCEPTED, 1,
                Fate.ACTIVE, 1, Fate.FUNDED_ONLY, 1, Fate.CANCELLED, 1));
        List<Fate> schoolFates = fates(random, Map.of(Fate.IN_SERVICE, 4, Fate.FAILED_THEN_IN_SERVICE, 1,
                Fate.COMPLETED, 1, Fate.ACTIVE, 1));
        List<FundingSource> funding = List.of(FundingSource.COUNTY_DISTRICT_FISCAL, FundingSource.MUNICIPAL_FISCAL,
                FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, FundingSource.PROVINCIAL_FISCAL);
        List<String> contractors = List.of("福建榕城建设工程有限公司", "福州鼓楼城建工程有限公司", "闽江建设集团有限公司",
                "福建三山建筑工程有限公司");
        for (int i = 0; i < 12; i++) {
            Fate fate = kgFates.get(i);
            boolean build = i < 9;
            int classes = build ? pick(random, 9, 9, 12, 12) : pick(random, 6, 9);
            Planned p = new Planned(SchoolType.KINDERGARTEN, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION,
                    classes, 30, classes / 3, fate);
            String street = GULOU_STREETS.get(i % GULOU_STREETS.size());
            int places = p.places();
            String title = build ? "鼓楼区" + street + "第" + chinese(1 + i / GULOU_STREETS.size()) + "公办幼儿园新建工程"
                    : "鼓楼区" + street + "中心幼儿园改扩建工程";
            projects(plan, random, p, "PRJ-003-02-" + two(i + 1), "PRJ-003-02", "PRG-003-05", "TGT-003-05b-kg", title,
                    plan.jurisdiction() + "/" + street, "鼓楼区教育局", "P-GL-" + (101 + i), List.of(
                            new Contribution("TGT-003-05b-kg", Counted.KINDERGARTENS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-003-05b-places", Counted.PLACES, BigDecimal.valueOf(places), places + "个"),
                            new Contribution("TGT-003-05-places", Counted.PLACES, BigDecimal.valueOf(places), places + "个"),
                            new Contribution("TGT-003-05-schools", Counted.KINDERGARTENS, BigDecimal.ONE, "1所")),
                    List.of(), 2025, fiveYearStart(plan, fate, random), build ? between(random, 12, 18) : between(random, 8, 12),
                    rotate(funding, i), "鼓楼区发展和改革局", "鼓发改投资", contractors, "鼓楼区住房和城乡建设局");
        }
        List<SchoolType> types = List.of(SchoolType.PRIMARY, SchoolType.PRIMARY, SchoolType.PRIMARY, SchoolType.JUNIOR,
                SchoolType.JUNIOR, SchoolType.NINE_YEAR, SchoolType.NINE_YEAR);
        for (int i = 0; i < 7; i++) {
            SchoolType type = types.get(i);
            boolean build = i % 2 == 0;
            int classes = build ? pick(random, 24, 30, 36) : pick(random, 9, 12, 15, 18);
            int perClass = type == SchoolType.JUNIOR ? 50 : 45;
            Planned p = new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, perClass,
                    type == SchoolType.JUNIOR ? classes / 3 : classes / 6, schoolFates.get(i));
            String street = GULOU_STREETS.get((i * 3 + 1) % GULOU_STREETS.size());
            int places = p.places();
            String name = switch (type) {
                case PRIMARY -> street.replace("街道", "") + (build ? "实验小学新校区" : "中心小学");
                case JUNIOR -> street.replace("街道", "") + "中学";
                default -> street.replace("街道", "") + "学校（九年一贯制）";
            };
            String title = "鼓楼区" + name + (build ? "新建工程" : "改扩建工程");
            projects(plan, random, p, "PRJ-003-03-" + two(i + 1), "PRJ-003-03", "PRG-003-05", "TGT-003-05c-schools",
                    title, plan.jurisdiction() + "/" + street, "鼓楼区教育局", "P-GL-" + (201 + i), List.of(
                            new Contribution("TGT-003-05c-schools", Counted.SCHOOLS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-003-05c-places", Counted.PLACES, BigDecimal.valueOf(places), places + "个"),
                            new Contribution("TGT-003-05-places", Counted.PLACES, BigDecimal.valueOf(places), places + "个"),
                            new Contribution("TGT-003-05-schools", Counted.SCHOOLS, BigDecimal.ONE, "1所")),
                    List.of(), 2025, fiveYearStart(plan, p.fate, random),
                    build ? between(random, 18, 24) : between(random, 10, 14), rotate(funding, i + 1),
                    "鼓楼区发展和改革局", "鼓发改投资", contractors, "鼓楼区住房和城乡建设局");
        }
    }

    // ============================================================================================ 邯郸市

    /** The county-level jurisdictions of 邯郸市 and a weight (roughly their population, 万人). */
    public static final Map<String, Integer> HANDAN_COUNTIES = orderedMap(
            "邯山区", 65, "丛台区", 60, "复兴区", 30, "峰峰矿区", 50, "肥乡区", 35, "永年区", 90, "临漳县", 70,
            "成安县", 42, "大名县", 90, "涉县", 42, "磁县", 60, "邱县", 25, "鸡泽县", 30, "广平县", 30, "馆陶县", 35,
            "魏县", 100, "曲周县", 50, "武安市", 85);

    /** How much more often than usual a county's projects fall behind (1 = usual). */
    private static final Map<String, Double> HANDAN_LAG = Map.of("邱县", 3.2, "魏县", 2.4, "馆陶县", 1.8,
            "丛台区", 0.4, "武安市", 0.5, "邯山区", 0.6);

    private void handan(DemoPlan plan, Random random) {
        record Kind(SchoolType type, int count, String portfolio, String target, Counted counts) {
        }
        List<Kind> kinds = List.of(
                new Kind(SchoolType.KINDERGARTEN, 70, "PRJ-002-02", "TGT-002-07a-kg", Counted.KINDERGARTENS),
                new Kind(SchoolType.PRIMARY, 72, "PRJ-002-03", "TGT-002-07a-primary", Counted.SCHOOLS),
                new Kind(SchoolType.JUNIOR, 26, "PRJ-002-04", "TGT-002-07a-junior", Counted.SCHOOLS),
                new Kind(SchoolType.SENIOR, 11, "PRJ-002-05", "TGT-002-07a-senior", Counted.SCHOOLS),
                new Kind(SchoolType.VOCATIONAL, 14, "PRJ-002-06", "TGT-002-07a-vocational", Counted.SCHOOLS));
        List<String> counties = new ArrayList<>(HANDAN_COUNTIES.keySet());
        Ordinals names = new Ordinals();
        int serial = 0;
        for (Kind kind : kinds) {
            for (int i = 0; i < kind.count(); i++) {
                serial++;
                // every county gets at least one of the first 18 primary schools; the rest go by population
                String county = kind.type() == SchoolType.PRIMARY && i < counties.size() ? counties.get(i)
                        : weighted(random, HANDAN_COUNTIES);
                double lag = HANDAN_LAG.getOrDefault(county, 1.0);
                Fate fate = handanFate(random, lag);
                boolean build = random.nextInt(10) < 4;
                Planned p = handanCapacity(kind.type(), build, fate, random);
                String ordinal = names.next(county + kind.type(), kind.type() == SchoolType.SENIOR ? 2 : 1);
                String title = switch (kind.type()) {
                    case KINDERGARTEN -> county + "第" + ordinal + "幼儿园";
                    case PRIMARY -> county + "第" + ordinal + "小学";
                    case JUNIOR -> county + "第" + ordinal + "中学";
                    case SENIOR -> county + "第" + ordinal + "高级中学";
                    default -> county + "职业技术教育中心" + (ordinal.equals("一") ? "" : "（第" + ordinal + "期）");
                } + (build ? "新建工程" : "改扩建工程");
                String abbreviation = county.length() > 2 ? county.substring(0, county.length() - 1) : county;
                List<FundingSource> funding = switch (random.nextInt(4)) {
                    case 0 -> List.of(FundingSource.COUNTY_DISTRICT_FISCAL, FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND);
                    case 1 -> List.of(FundingSource.MUNICIPAL_FISCAL, FundingSource.COUNTY_DISTRICT_FISCAL,
                            FundingSource.PROVINCIAL_FISCAL);
                    case 2 -> List.of(FundingSource.CENTRAL_FISCAL, FundingSource.COUNTY_DISTRICT_FISCAL);
                    default -> kind.type() == SchoolType.VOCATIONAL
                            ? List.of(FundingSource.COUNTY_DISTRICT_FISCAL, FundingSource.SOCIAL_CAPITAL)
                            : List.of(FundingSource.LOCAL_GOVERNMENT_SPECIAL_BOND, FundingSource.COUNTY_DISTRICT_FISCAL,
                            FundingSource.SPECIAL_FUND);
                };
                int months = switch (kind.type()) {
                    case KINDERGARTEN -> between(random, 3, 5);
                    case PRIMARY -> between(random, 3, 7);
                    case JUNIOR, VOCATIONAL -> between(random, 4, 8);
                    default -> between(random, 5, 9);
                };
                months = build ? months + 2 : months;
                projects(plan, random, p, kind.portfolio() + "-" + three(i + 1), kind.portfolio(), "PRG-002-07",
                        kind.target(), title, plan.jurisdiction() + "/" + county, county + "教育体育局",
                        "P-HD-" + (1000 + serial), List.of(
                                new Contribution(kind.target(), kind.counts(), BigDecimal.ONE, "1所"),
                                new Contribution("TGT-002-07a", kind.counts(), BigDecimal.ONE, "1所")),
                        List.of(), 2022, handanStart(random), months, funding, county + "发展和改革局",
                        abbreviation + "发改投资", HANDAN_CONTRACTORS, county + "住房和城乡建设局");
            }
        }
    }

    private static final List<String> HANDAN_CONTRACTORS = List.of("邯郸市城建工程有限公司", "冀南建工集团有限公司",
            "邯郸市第三建筑工程有限公司", "河北赵都建设工程有限公司", "邯郸滏阳建设集团有限公司");

    private static Fate handanFate(Random random, double lag) {
        if (random.nextDouble() < Math.min(0.75, 0.16 * lag)) {
            return weighted(random, orderedMap(Fate.APPROVED_ONLY, 2, Fate.FUNDED_ONLY, 2, Fate.STALLED, 3,
                    Fate.COMPLETED, 2, Fate.FAILED_OPEN, 2, Fate.ACCEPTED, 2));
        }
        return random.nextDouble() < 0.1 ? Fate.FAILED_THEN_IN_SERVICE : Fate.IN_SERVICE;
    }

    /** A start date in 2022: 30 % in the first quarter (after the Spring Festival), 40 %, 22 %, 8 %. */
    private static LocalDate handanStart(Random random) {
        double roll = random.nextDouble();
        LocalDate from;
        LocalDate to;
        if (roll < 0.30) {
            from = LocalDate.of(2022, 2, 10);
            to = LocalDate.of(2022, 3, 31);
        } else if (roll < 0.70) {
            from = LocalDate.of(2022, 4, 1);
            to = LocalDate.of(2022, 6, 30);
        } else if (roll < 0.92) {
            from = LocalDate.of(2022, 7, 1);
            to = LocalDate.of(2022, 9, 30);
        } else {
            from = LocalDate.of(2022, 10, 1);
            to = LocalDate.of(2022, 11, 30);
        }
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static Planned handanCapacity(SchoolType type, boolean build, Fate fate, Random random) {
        return switch (type) {
            case KINDERGARTEN -> {
                int classes = build ? pick(random, 6, 9, 12) : pick(random, 3, 3, 6);
                yield new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, 30, classes / 3, fate);
            }
            case PRIMARY -> {
                int classes = build ? pick(random, 12, 18, 24) : pick(random, 6, 6, 12);
                yield new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, 45, classes / 6, fate);
            }
            case JUNIOR -> {
                int classes = build ? pick(random, 18, 24, 30) : pick(random, 6, 9, 12);
                yield new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, 50, classes / 3, fate);
            }
            case SENIOR -> {
                int classes = build ? pick(random, 30, 36, 48) : pick(random, 12, 18);
                yield new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, 50, classes / 3, fate);
            }
            default -> {
                int classes = build ? pick(random, 24, 30) : pick(random, 10, 12, 16);
                yield new Planned(type, build ? ProjectKind.NEW_BUILD : ProjectKind.EXPANSION, classes, 45, 0, fate);
            }
        };
    }

    // ============================================================================================ 施甸县

    private static final String SHIDIAN_TOWN = "甸阳镇";
    private static final List<String> SHIDIAN_TOWNSHIPS = List.of("由旺镇", "姚关镇", "太平镇", "仁和镇", "万兴乡",
            "酒房乡", "旧城乡", "何元乡", "水长乡", "老麦乡", "木老元布朗族彝族乡", "摆榔彝族布朗族乡");
    private static final List<String> SHIDIAN_VILLAGES = List.of("大坝村", "新街村", "平地村", "河湾村", "小寨村",
            "松林村", "龙潭村", "大田村", "石洞村", "清平村");

    private void shidian(DemoPlan plan, Random random) {
        String county = plan.jurisdiction();
        List<String> contractors = List.of("保山市永昌建筑工程有限公司", "施甸县鑫源建筑工程有限公司",
                "云南滇西建设工程有限公司", "保山市隆阳建工有限公司");
        List<FundingSource> publicFunding = List.of(FundingSource.CENTRAL_FISCAL, FundingSource.PROVINCIAL_FISCAL,
                FundingSource.COUNTY_DISTRICT_FISCAL);

        List<Fate> publicFates = fates(random, Map.of(Fate.IN_SERVICE, 2, Fate.FAILED_THEN_IN_SERVICE, 1));
        List<String> publicNames = List.of("施甸县第二幼儿园", "施甸县第三幼儿园", "施甸县甸阳镇城东幼儿园");
        for (int i = 0; i < 3; i++) {
            int classes = pick(random, 9, 12, 12);
            Planned p = new Planned(SchoolType.KINDERGARTEN, ProjectKind.NEW_BUILD, classes, 30, classes / 3,
                    publicFates.get(i));
            projects(plan, random, p, "PRJ-001-01-PUB-" + two(i + 1), "PRJ-001-01-PUBLIC", "PRG-001-01", "TGT-001-01a",
                    publicNames.get(i) + "（公办）新建工程", county + "/" + SHIDIAN_TOWN, "施甸县教育体育局",
                    "P-SD-" + (101 + i), List.of(
                            new Contribution("TGT-001-01a", Counted.KINDERGARTENS, BigDecimal.ONE, "1所")),
                    List.of(), 2021, shidianStart(random, true), between(random, 8, 12), rotate(publicFunding, i),
                    "施甸县发展和改革局", "施发改投资", contractors, "施甸县住房和城乡建设局");
        }
        List<Fate> privateFates = fates(random, Map.of(Fate.IN_SERVICE, 1, Fate.ACCEPTED, 1, Fate.STALLED, 1));
        List<String> sponsors = List.of("施甸县阳光幼教投资有限公司", "施甸县童心教育咨询有限公司", "保山博雅教育投资有限公司");
        List<String> privateNames = List.of("施甸县甸阳镇阳光幼儿园", "施甸县甸阳镇童心幼儿园", "施甸县博雅幼儿园");
        for (int i = 0; i < 3; i++) {
            int classes = pick(random, 6, 9, 12);
            Planned p = new Planned(SchoolType.KINDERGARTEN, ProjectKind.NEW_BUILD, classes, 30, classes / 3,
                    privateFates.get(i));
            List<FundingSource> funding = i == 0 ? List.of(FundingSource.SOCIAL_CAPITAL, FundingSource.SPECIAL_FUND)
                    : List.of(FundingSource.SOCIAL_CAPITAL);
            projects(plan, random, p.privately(), "PRJ-001-01-PRV-" + two(i + 1), "PRJ-001-01-PRIVATE", "PRG-001-01",
                    "TGT-001-01a", privateNames.get(i) + "（民办）新建工程", county + "/" + SHIDIAN_TOWN, sponsors.get(i),
                    "P-SD-" + (111 + i), List.of(
                            new Contribution("TGT-001-01a", Counted.KINDERGARTENS, BigDecimal.ONE, "1所"),
                            new Contribution("TGT-001-01a-private", Counted.KINDERGARTENS, BigDecimal.ONE, "民办园1所")),
                    List.of(), 2021, shidianStart(random, true), between(random, 8, 12), funding,
                    "施甸县发展和改革局", "施发改备", contractors, "施甸县住房和城乡建设局");
        }
        List<Fate> ruralFates = fates(random, Map.of(Fate.IN_SERVICE, 12, Fate.FAILED_THEN_IN_SERVICE, 2,
                Fate.ACCEPTED, 2, Fate.FAILED_OPEN, 1, Fate.COMPLETED, 2, Fate.STALLED, 1, Fate.FUNDED_ONLY, 1,
                Fate.APPROVED_ONLY, 1));
        for (int i = 0; i < 22; i++) {
            // one centre kindergarten per township (一乡一中心), then village kindergartens (一村一幼) in ten of them
            String township = SHIDIAN_TOWNSHIPS.get(i % SHIDIAN_TOWNSHIPS.size());
            boolean centre = i < SHIDIAN_TOWNSHIPS.size();
            int classes = centre ? pick(random, 6, 6, 9) : pick(random, 3, 3, 4);
            Planned p = new Planned(SchoolType.KINDERGARTEN, centre && i % 3 == 0 ? ProjectKind.EXPANSION
                    : ProjectKind.NEW_BUILD, classes, 30, Math.max(1, classes / 3), ruralFates.get(i));
            String title = centre ? township + "中心幼儿园" + (p.kind == ProjectKind.EXPANSION ? "改扩建工程" : "新建工程")
                    : township + SHIDIAN_VILLAGES.get(i - SHIDIAN_TOWNSHIPS.size()) + "幼儿园新建工程";
            projects(plan, random, p, "PRJ-001-02-" + two(i + 1), "PRJ-001-02", "PRG-001-01", "TGT-001-01b",
                    "施甸县" + title, county + "/" + township, "施甸县教育体育局", "P-SD-" + (201 + i), List.of(
                            new Contribution("TGT-001-01b", Counted.KINDERGARTENS, BigDecimal.ONE, "1所")),
                    List.of(), 2021, shidianStart(random, false), between(random, 5, 8), rotate(publicFunding, i),
                    "施甸县发展和改革局", "施发改投资", contractors, "施甸县住房和城乡建设局");
        }
    }

    private static LocalDate shidianStart(Random random, boolean town) {
        // spring 2021: the county town's from March to June, the villages' until the end of July
        return LocalDate.of(2021, 3, 1).plusDays(random.nextInt(town ? 120 : 150));
    }

    // ============================================================================================ projects

    /** A project before it is placed: type, kind, size and fate. */
    private static final class Planned {
        final SchoolType type;
        final ProjectKind kind;
        int classes;
        final int perClass;
        final int streams;
        final Fate fate;
        Ownership ownership = Ownership.PUBLIC;

        Planned(SchoolType type, ProjectKind kind, int classes, int perClass, int streams, Fate fate) {
            this.type = type;
            this.kind = kind;
            this.classes = classes;
            this.perClass = perClass;
            this.streams = streams;
            this.fate = fate;
        }

        int places() {
            return classes * perClass;
        }

        Planned privately() {
            ownership = Ownership.PRIVATE;
            return this;
        }
    }

    private void projects(DemoPlan plan, Random random, Planned p, String projectId, String parent, String programme,
                          String target, String title, String jurisdiction, String owner, String person,
                          List<Contribution> contributions, List<String> flags, Integer dueYear, LocalDate plannedStart,
                          int plannedMonths, List<FundingSource> funding, String approvingBody, String documentPrefix,
                          List<String> contractors, String inspectingBody) {
        Capacity capacity = new Capacity(p.places(), p.streams, p.classes);
        Spec spec = new Spec(projectId, plan.planId(), programme, target, parent, title, p.kind, p.type, p.ownership,
                jurisdiction, owner, person, capacity, contributions, flags, dueYear, plannedStart, plannedMonths,
                budgetWan(p, random), funding, approvingBody, documentPrefix,
                contractors.get(random.nextInt(contractors.size())), inspectingBody,
                plan.published() != null ? plan.published() : LocalDate.of(plan.periodFrom(), 1, 1));
        ProjectHistory natural = Lifecycle.play(spec, p.fate, random);
        String supervisor = DemoUsers.bundled().nearest(DemoUsers.Role.SUPERVISOR, jurisdiction).organisation();
        ProjectHistory history = Lifecycle.asOf(Supervision.supervise(natural, p.fate, seed, supervisor), today);
        if (history != null) {
            projects.add(history);
        }
    }

    /** Budget in 万元: a cost per place by type, less for an expansion; now and then half a 万元. */
    private static BigDecimal budgetWan(Planned p, Random random) {
        double perPlace = switch (p.type) {
            case KINDERGARTEN -> 5.5 + random.nextDouble() * 3;
            case PRIMARY, NINE_YEAR -> 4 + random.nextDouble() * 2;
            case JUNIOR -> 4.5 + random.nextDouble() * 2.5;
            case SENIOR -> 6 + random.nextDouble() * 3;
            case VOCATIONAL -> 8 + random.nextDouble() * 4;
        };
        if (p.kind == ProjectKind.EXPANSION) {
            perPlace *= 0.6;
        }
        long wan = Math.max(80, Math.round(p.places() * perPlace));
        return BigDecimal.valueOf(wan).add(random.nextInt(4) == 0 ? new BigDecimal("0.5") : BigDecimal.ZERO);
    }

    /**
     * The planned start of a project of a five-year plan by fate: the silent ones early in the period, the ones still
     * open late in it, the ones in service in between.
     */
    private static LocalDate fiveYearStart(DemoPlan plan, Fate fate, Random random) {
        LocalDate first = LocalDate.of(plan.periodFrom(), 4, 1);
        LocalDate last = LocalDate.of(plan.periodTo(), 6, 30);
        return switch (fate) {
            case APPROVED_ONLY, FUNDED_ONLY, STALLED, CANCELLED -> within(random, first.plusMonths(3), first.plusMonths(30));
            case ACTIVE, COMPLETED, FAILED_OPEN, ACCEPTED -> within(random, last.minusMonths(18), last.minusMonths(6));
            default -> within(random, first, last.minusMonths(15));
        };
    }

    private static LocalDate within(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** Resizes expansions one class at a time until the planned places are within {@code tolerance} of {@code goal}. */
    private static void adjustTo(List<Planned> planned, int goal, int tolerance, Random random) {
        List<Planned> adjustable = planned.stream().filter(p -> p.kind == ProjectKind.EXPANSION).toList();
        for (int guard = 0; guard < 10_000; guard++) {
            int total = planned.stream().mapToInt(Planned::places).sum();
            if (Math.abs(total - goal) <= tolerance) {
                return;
            }
            Planned p = adjustable.get(random.nextInt(adjustable.size()));
            if (total > goal && p.classes > 3) {
                p.classes--;
            } else if (total < goal && p.classes < 24) {
                p.classes++;
            }
        }
    }

    // ============================================================================================ indicators

    /** Value by year for indicators whose story matters (the retention rate above all); the rest follow a path. */
    private static final Map<String, Map<Integer, String>> MEASURED = Map.of(
            XX + "/IND-000-02", Map.of(2021, "96.70", 2022, "96.62", 2023, "96.58", 2024, "96.61", 2025, "96.66"),
            XX + "/IND-000-03", Map.of(2021, "3.4120", 2022, "3.5536", 2023, "3.6810", 2024, "3.7625", 2025, "3.8312"),
            XX + "/IND-000-04", Map.of(2021, "13.0518", 2022, "13.3105", 2023, "13.5240", 2024, "13.8016", 2025, "14.1233"),
            GULOU + "/IND-003-05", Map.of(2020, "97.60", 2021, "97.80", 2022, "97.50", 2023, "96.90", 2024, "97.40",
                    2025, "97.60"),
            HANDAN + "/IND-002-05", Map.of(2021, "97.30", 2022, "97.60"),
            SHIDIAN + "/IND-001-02", Map.of(2020, "96.80", 2021, "97.35"));

    /**
     * One measurement a year for every indicator of the plan, dated 31 December of its year: from the year after the
     * baseline (or, without a baseline, from the year before the period, as a starting point) to the target year (the
     * end of the period for a yearly rule), and never for the current year or later.
     */
    private void measure(DemoPlan plan) {
        for (DemoPlan.Indicator indicator : plan.indicators()) {
            // the whole series, from a random of its own, then cut at today: a later today only adds years
            Random random = new Random(seed * 17 + (plan.planId() + "/" + indicator.id()).hashCode());
            int fromYear = indicator.baselineYear() != null ? indicator.baselineYear() + 1 : plan.periodFrom() - 1;
            int lastYear = indicator.targetYear() != null ? indicator.targetYear() : plan.periodTo();
            if (fromYear > lastYear) {
                continue;
            }
            Map<Integer, String> fixed = MEASURED.get(plan.planId() + "/" + indicator.id());
            boolean ahead = random.nextBoolean();
            List<BigDecimal> path = path(indicator, plan, fromYear, lastYear, ahead, random);
            int toYear = Math.min(lastYear, today.getYear() - 1);
            for (int year = fromYear; year <= toYear; year++) {
                BigDecimal value = fixed != null && fixed.containsKey(year) ? new BigDecimal(fixed.get(year))
                        : path.get(year - fromYear);
                measurements.add(new Measurement(plan.planId(), indicator.id(), year, LocalDate.of(year, 12, 31), value,
                        asWritten(indicator, value), plan.jurisdictionName() + year + "年教育事业统计（演示数据）"));
            }
        }
    }

    private static List<BigDecimal> path(DemoPlan.Indicator indicator, DemoPlan plan, int fromYear, int toYear,
                                         boolean ahead, Random random) {
        int scale = scale(indicator.unit());
        boolean percent = "%".equals(indicator.unit());
        List<BigDecimal> values = new ArrayList<>();
        Comparator comparator = indicator.comparator();
        if (comparator == Comparator.ACHIEVED) {
            int achievedFrom = ahead ? fromYear + random.nextInt(toYear - fromYear + 1) : toYear + 1;
            for (int year = fromYear; year <= toYear; year++) {
                values.add(year >= achievedFrom ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            return values;
        }
        if (comparator == Comparator.NEVER_DECREASE || indicator.goal() == null) {
            double index = 100;
            for (int year = fromYear; year <= toYear; year++) {
                values.add(round(index, 2));
                // one year in four a "behind" series dips: the never-decrease rule broken
                index *= !ahead && random.nextInt(4) == 0 ? 0.985 : 1.02 + random.nextDouble() * 0.06;
            }
            return values;
        }
        double goal = comparator == Comparator.RANGE
                ? (indicator.min().doubleValue() + indicator.max().doubleValue()) / 2 : indicator.goal().doubleValue();
        boolean yearlyRule = indicator.targetYear() == null || comparator == Comparator.MAINTAIN_EVERY_YEAR;
        if (yearlyRule) {
            // a level to keep every year: mostly kept, a "behind" series misses it once
            int missed = ahead ? -1 : fromYear + random.nextInt(toYear - fromYear + 1);
            for (int year = fromYear; year <= toYear; year++) {
                double margin = comparator == Comparator.AT_MOST ? -1 : 1;
                double delta = year == missed ? -0.04 : 0.005 + random.nextDouble() * 0.05;
                values.add(clamp(goal * (1 + margin * delta), percent, 0, scale));
            }
            return values;
        }
        double start;
        if (indicator.baselineValue() != null) {
            start = indicator.baselineValue().doubleValue();
        } else if (comparator == Comparator.AT_MOST) {
            start = goal * (1.3 + random.nextDouble() * 0.2);
        } else if (percent) {
            start = Math.max(0, goal - 2 - random.nextDouble() * 6);
        } else {
            start = goal * (0.6 + random.nextDouble() * 0.25);
        }
        int baseYear = indicator.baselineYear() != null ? indicator.baselineYear() : plan.periodFrom() - 1;
        int span = Math.max(1, indicator.targetYear() - baseYear);
        double pace = ahead ? 1.12 : 0.72;
        double ceiling = percent && start <= 100 ? 100 : Double.MAX_VALUE;
        for (int year = fromYear; year <= toYear; year++) {
            double share = Math.min(1.0, (double) (year - baseYear) / span * pace);
            double noise = (random.nextDouble() - 0.5) * 0.02 * Math.abs(goal - start);
            double value = Math.min(ceiling, start + (goal - start) * share + noise);
            values.add(clamp(value, percent, 0, scale));
        }
        return values;
    }

    private static BigDecimal clamp(double value, boolean percent, double min, int scale) {
        double clamped = Math.max(min, percent ? Math.min(100, value) : value);
        return round(clamped, scale);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static int scale(String unit) {
        if (unit == null) {
            return 2;
        }
        return switch (unit) {
            case "万人" -> 4;
            case "所", "个", "名", "ratio", "兆 (Mbps)" -> 0;
            default -> 2;
        };
    }

    private static String asWritten(DemoPlan.Indicator indicator, BigDecimal value) {
        if (indicator.comparator() == Comparator.ACHIEVED) {
            return value.signum() > 0 ? "已实现" : "未实现";
        }
        String unit = indicator.unit();
        if (unit == null) {
            return value.toPlainString();
        }
        return switch (unit) {
            case "ratio" -> value.toPlainString() + ":1";
            case "兆 (Mbps)" -> value.toPlainString() + "兆";
            default -> value.toPlainString() + unit;
        };
    }

    // ============================================================================================ helpers

    private static List<Fate> fates(Random random, Map<Fate, Integer> counts) {
        List<Fate> fates = new ArrayList<>();
        // in enum order, so the list does not depend on the map's iteration order
        for (Fate fate : Fate.values()) {
            for (int i = 0; i < counts.getOrDefault(fate, 0); i++) {
                fates.add(fate);
            }
        }
        Collections.shuffle(fates, random);
        return fates;
    }

    private static <K> K weighted(Random random, Map<K, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<K, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Integer> orderedMap(Object... keysAndWeights) {
        Map<K, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            map.put((K) keysAndWeights[i], (Integer) keysAndWeights[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static int pick(Random random, int... options) {
        return options[random.nextInt(options.length)];
    }

    private static int between(Random random, int from, int to) {
        return Lifecycle.between(random, from, to);
    }

    private static <T> List<T> rotate(List<T> list, int by) {
        List<T> rotated = new ArrayList<>(list);
        Collections.rotate(rotated, -(by % list.size()));
        return rotated;
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static String three(int n) {
        return String.format("%03d", n);
    }

    /** Chinese numerals 一 ... 九十九. */
    static String chinese(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }

    /** Distinct ordinals per series ("第三幼儿园", "第四幼儿园" ...). */
    private static final class Ordinals {
        private final Map<String, Integer> next = new LinkedHashMap<>();

        String next(String series, int first) {
            int n = next.merge(series, first, (old, ignored) -> old + 1);
            return chinese(n);
        }
    }
}
