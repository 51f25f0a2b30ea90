package cn.edutrack.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.local.demo.ProjectHistory.Acceptance;
import cn.edutrack.local.demo.ProjectHistory.AcceptanceFailure;
import cn.edutrack.local.demo.ProjectHistory.Allocation;
import cn.edutrack.local.demo.ProjectHistory.Approval;
import cn.edutrack.local.demo.ProjectHistory.Cancellation;
import cn.edutrack.local.demo.ProjectHistory.Completion;
import cn.edutrack.local.demo.ProjectHistory.Ownership;
import cn.edutrack.local.demo.ProjectHistory.Progress;
import cn.edutrack.local.demo.ProjectHistory.SchoolType;
import cn.edutrack.local.demo.ProjectHistory.Service;
import cn.edutrack.local.demo.ProjectHistory.Start;

/**
 * Plays one construction project through its lifecycle, from a description ({@link Spec}) and how far it is meant to
 * get ({@link Fate}), with dates that keep the aggregate's rules: approval before funding and construction, allocations
 * after approval and within the approved budget, progress between start and completion and never decreasing,
 * acceptance after completion, service after acceptance. The history is "natural": it does not depend on today;
 * {@link #asOf} then keeps what had happened by today, which is always a prefix of the lifecycle.
 */
final class Lifecycle {

    private static final BigDecimal WAN = new BigDecimal("10000");

    /** How far a project gets, ever. Most get into service; the others are what supervisors chase. */
    enum Fate {
        /** approved, never funded (silent) */
        APPROVED_ONLY,
        /** approved and partly funded, construction never started */
        FUNDED_ONLY,
        /** construction started, then reports stop (silent, overdue) */
        STALLED,
        /** under construction far behind schedule, still reporting every month or two */
        ACTIVE,
        /** completed, waiting for acceptance */
        COMPLETED,
        /** failed acceptance, waiting for re-inspection */
        FAILED_OPEN,
        /** accepted, not yet opened */
        ACCEPTED,
        IN_SERVICE,
        /** failed acceptance once or twice, rectified, accepted, opened */
        FAILED_THEN_IN_SERVICE,
        /** cancelled before approval */
        CANCELLED
    }

    /**
     * A project to play. {@code plannedStart} anchors the schedule (approval and registration come before it);
     * {@code assignedOn} is when it is placed in its plan. {@code fundingSources} are used in turn.
     */
    record Spec(String projectId, String planId, String programmeId, String targetId, String parentProjectId,
                String title, ProjectKind kind, SchoolType schoolType, Ownership ownership, String jurisdiction,
                String ownerOrganisation, String responsiblePerson, Capacity plannedCapacity,
                List<Contribution> contributions, List<String> flags, Integer dueYear, LocalDate plannedStart,
                int plannedMonths, BigDecimal budgetWan, List<FundingSource> fundingSources, String approvingBody,
                String documentPrefix, String contractor, String inspectingBody, LocalDate planDefinitionDate) {

        Spec {
            Objects.requireNonNull(plannedStart, "plannedStart");
            contributions = List.copyOf(contributions);
            flags = List.copyOf(flags);
            fundingSources = List.copyOf(fundingSources);
        }
    }

    private static final List<String> FINDINGS = List.of(
            "消防设施未通过消防验收，疏散通道宽度不足",
            "室内空气质量检测（甲醛）超标",
            "无障碍设施不完善，坡道坡度不符合规范",
            "塑胶跑道有害物质检测不达标",
            "屋面防水存在渗漏，排水系统不畅",
            "楼梯栏杆高度不符合中小学校设计规范",
            "厨房食品加工区布局不符合食品安全要求",
            "配电系统接地不规范，部分教室照度不足");

    private Lifecycle() {
    }

    /** The whole natural history of the project (dates may lie after today). */
    static ProjectHistory play(Spec spec, Fate fate, Random random) {
        LocalDate plannedStart = spec.plannedStart();
        if (fate == Fate.CANCELLED) {
            LocalDate registered = plannedStart.minusDays(between(random, 60, 120));
            return new ProjectHistory(spec.projectId(), spec.planId(), spec.programmeId(), spec.targetId(),
                    spec.parentProjectId(), spec.title(), spec.kind(), spec.schoolType(), spec.ownership(),
                    spec.jurisdiction(), spec.ownerOrganisation(), spec.responsiblePerson(), spec.plannedCapacity(),
                    spec.contributions(), spec.flags(), spec.dueYear(), registered,
                    later(registered, spec.planDefinitionDate()), null, List.of(), null, List.of(), null, List.of(), null,
                    null, new Cancellation(registered.plusDays(between(random, 40, 150)),
                    random.nextBoolean() ? "选址调整，项目并入片区规划重新论证" : "用地规划调整，原址不再建设"),
                    List.of(), List.of(), List.of());
        }
        LocalDate approvedOn = plannedStart.minusDays(between(random, 20, 60));
        LocalDate registeredOn = approvedOn.minusDays(between(random, 15, 45));
        LocalDate assignedOn = later(registeredOn, spec.planDefinitionDate());
        LocalDate plannedCompletion = plannedStart.plusMonths(spec.plannedMonths()).minusDays(1);
        BigDecimal budgetYuan = spec.budgetWan().multiply(WAN);
        Approval approval = new Approval(approvedOn, spec.approvingBody(),
                spec.documentPrefix() + "〔" + approvedOn.getYear() + "〕" + between(random, 3, 180) + "号",
                budgetYuan, scope(spec), plannedStart, plannedCompletion);

        long plannedDays = ChronoUnit.DAYS.between(plannedStart, plannedCompletion);
        LocalDate startedOn = later(plannedStart.plusDays(between(random, -5, 40)), approvedOn.plusDays(1));
        double pace = switch (fate) {
            case ACTIVE -> 2.6 + random.nextDouble();
            case FAILED_OPEN, FAILED_THEN_IN_SERVICE, COMPLETED -> 1.05 + random.nextDouble() * 0.35;
            default -> 0.9 + random.nextDouble() * 0.35;
        };
        long actualDays = Math.max(60, Math.round(plannedDays * pace));
        LocalDate completedOn = startedOn.plusDays(actualDays);

        boolean starts = fate != Fate.APPROVED_ONLY && fate != Fate.FUNDED_ONLY;
        boolean completes = starts && fate != Fate.STALLED && fate != Fate.ACTIVE;
        // the last day work is reported on: completion, the stall, or (still going) three years of reports
        LocalDate workEnds = switch (fate) {
            case STALLED -> startedOn.plusDays(Math.round(actualDays * (0.25 + random.nextDouble() * 0.35)));
            case ACTIVE -> startedOn.plusYears(3);
            default -> completedOn;
        };

        // ---- funding
        List<Allocation> allocations = new ArrayList<>();
        if (fate != Fate.APPROVED_ONLY) {
            double share = switch (fate) {
                case FUNDED_ONLY -> 0.2 + random.nextDouble() * 0.3;
                case STALLED -> 0.3 + random.nextDouble() * 0.3;
                case ACTIVE -> 0.5 + random.nextDouble() * 0.3;
                default -> random.nextDouble() < 0.6 ? 1.0 : 0.85 + random.nextDouble() * 0.15;
            };
            int parts = switch (fate) {
                case FUNDED_ONLY -> 1 + random.nextInt(2);
                case STALLED -> 1 + random.nextInt(2);
                default -> 2 + random.nextInt(2);
            };
            List<LocalDate> dates = new ArrayList<>();
            dates.add(approvedOn.plusDays(between(random, 5, 40)));
            LocalDate last = starts ? workEnds.minusDays(1) : approvedOn.plusDays(300);
            for (int i = 1; i < parts; i++) {
                LocalDate previous = dates.get(i - 1);
                LocalDate next = previous.plusDays(between(random, 45, 200));
                if (next.isAfter(last)) {
                    break;
                }
                dates.add(next);
            }
            List<BigDecimal> amounts = split(budgetYuan, share, dates.size(), random);
            for (int i = 0; i < Math.min(dates.size(), amounts.size()); i++) {
                FundingSource source = spec.fundingSources().get(i % spec.fundingSources().size());
                allocations.add(new Allocation(dates.get(i), spec.projectId() + "-A" + (i + 1), source,
                        amounts.get(i), fundingDocument(source, spec, dates.get(i), random)));
            }
        }

        // ---- construction
        Start start = starts ? new Start(startedOn, spec.contractor()) : null;
        List<Progress> reports = new ArrayList<>();
        if (starts) {
            LocalDate on = startedOn.plusDays(between(random, 30, 60));
            int percent = 0;
            while (!on.isAfter(workEnds.minusDays(5))) {
                double done = (double) ChronoUnit.DAYS.between(startedOn, on) / actualDays;
                int next = (int) Math.floor(100 * done * (0.9 + random.nextDouble() * 0.1));
                next = Math.max(percent, Math.min(fate == Fate.ACTIVE ? 95 : 99, next));
                percent = next;
                reports.add(new Progress(on, percent, progressNote(percent)));
                on = on.plusDays(fate == Fate.ACTIVE ? between(random, 35, 65) : between(random, 45, 90));
            }
            if (fate == Fate.STALLED && !reports.isEmpty()) {
                Progress lastReport = reports.remove(reports.size() - 1);
                reports.add(new Progress(lastReport.date(), lastReport.percentComplete(),
                        random.nextBoolean() ? "后续资金未到位，施工单位减员停工" : "征地拆迁遗留问题未解决，部分工程停工"));
            }
        }
        Completion completion = null;
        if (completes) {
            Capacity actual = actualCapacity(spec.plannedCapacity(), spec.schoolType(), random);
            completion = new Completion(completedOn, actual, floorArea(actual, spec.schoolType(), random));
        }

        // ---- acceptance and service
        List<AcceptanceFailure> failures = new ArrayList<>();
        Acceptance acceptance = null;
        Service service = null;
        if (completes && fate != Fate.COMPLETED) {
            LocalDate inspectedOn = completedOn;
            int failuresToRecord = switch (fate) {
                case FAILED_OPEN -> 1;
                case FAILED_THEN_IN_SERVICE -> random.nextInt(4) == 0 ? 2 : 1;
                default -> 0;
            };
            for (int i = 0; i < failuresToRecord; i++) {
                inspectedOn = inspectedOn.plusDays(between(random, 15, 40));
                LocalDate deadline = inspectedOn.plusDays(between(random, 30, 60));
                failures.add(new AcceptanceFailure(inspectedOn, spec.inspectingBody(),
                        FINDINGS.get(random.nextInt(FINDINGS.size())), deadline));
                inspectedOn = deadline.plusDays(between(random, -10, 15));
            }
            if (fate != Fate.FAILED_OPEN) {
                LocalDate acceptedOn = failures.isEmpty() ? completedOn.plusDays(between(random, 20, 60))
                        : later(inspectedOn, failures.get(failures.size() - 1).date().plusDays(7));
                acceptance = new Acceptance(acceptedOn, spec.inspectingBody(),
                        spec.documentPrefix().replaceAll("发改.*$", "") + "建验〔" + acceptedOn.getYear() + "〕"
                                + between(random, 2, 90) + "号");
                if (fate != Fate.ACCEPTED) {
                    // a new school opens with a new term; new rooms of an existing school are used at once
                    LocalDate opensOn = spec.kind() == ProjectKind.NEW_BUILD ? nextTerm(acceptedOn.plusDays(7))
                            : acceptedOn.plusDays(between(random, 5, 30));
                    int places = completion.actualCapacity().places();
                    service = new Service(opensOn, (int) Math.round(places * (0.55 + random.nextDouble() * 0.4)));
                }
            }
        }
        return new ProjectHistory(spec.projectId(), spec.planId(), spec.programmeId(), spec.targetId(),
                spec.parentProjectId(), spec.title(), spec.kind(), spec.schoolType(), spec.ownership(),
                spec.jurisdiction(), spec.ownerOrganisation(), spec.responsiblePerson(), spec.plannedCapacity(),
                spec.contributions(), spec.flags(), spec.dueYear(), registeredOn, assignedOn, approval, allocations,
                start, reports, completion, failures, acceptance, service, null, List.of(), List.of(), List.of());
    }

    /**
     * What had happened by the end of {@code today}, or null when the project was not yet registered and placed in
     * its plan by then. The lifecycle's dates never go backwards, so this is a prefix of the history.
     */
    static ProjectHistory asOf(ProjectHistory h, LocalDate today) {
        if (h.registeredOn().isAfter(today) || h.assignedOn().isAfter(today)) {
            return null;
        }
        return new ProjectHistory(h.projectId(), h.planId(), h.programmeId(), h.targetId(), h.parentProjectId(),
                h.title(), h.kind(), h.schoolType(), h.ownership(), h.jurisdiction(), h.ownerOrganisation(),
                h.responsiblePerson(), h.plannedCapacity(), h.contributions(), h.flags(), h.dueYear(), h.registeredOn(),
                h.assignedOn(), keep(h.approval(), h.approval() == null ? null : h.approval().date(), today),
                h.allocations().stream().filter(a -> !a.date().isAfter(today)).toList(),
                keep(h.start(), h.start() == null ? null : h.start().date(), today),
                h.progressReports().stream().filter(p -> !p.date().isAfter(today)).toList(),
                keep(h.completion(), h.completion() == null ? null : h.completion().date(), today),
                h.acceptanceFailures().stream().filter(f -> !f.date().isAfter(today)).toList(),
                keep(h.acceptance(), h.acceptance() == null ? null : h.acceptance().date(), today),
                keep(h.service(), h.service() == null ? null : h.service().date(), today),
                keep(h.cancellation(), h.cancellation() == null ? null : h.cancellation().date(), today),
                h.rectificationOrders().stream().filter(o -> !o.date().isAfter(today)).toList(),
                h.rechecks().stream().filter(r -> !r.date().isAfter(today)).toList(),
                h.summonses().stream().filter(m -> !m.date().isAfter(today)).toList());
    }

    private static <T> T keep(T step, LocalDate on, LocalDate today) {
        return step == null || on.isAfter(today) ? null : step;
    }

    // ------------------------------------------------------------------------------------------------ figures

    /** {@code share} of the budget in {@code parts} allocations of whole 万元 (the last takes the remainder). */
    private static List<BigDecimal> split(BigDecimal budgetYuan, double share, int parts, Random random) {
        BigDecimal budgetWan = budgetYuan.divide(WAN, 2, RoundingMode.UNNECESSARY);
        BigDecimal totalWan = share >= 1.0 ? budgetWan
                : budgetWan.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal remaining = totalWan;
        for (int i = 0; i < parts - 1; i++) {
            BigDecimal part = totalWan.multiply(BigDecimal.valueOf(0.3 + random.nextDouble() * 0.3))
                    .setScale(0, RoundingMode.DOWN);
            if (part.signum() <= 0 || part.compareTo(remaining) >= 0) {
                break;
            }
            amounts.add(part);
            remaining = remaining.subtract(part);
        }
        amounts.add(remaining);
        while (amounts.size() < parts) {
            // too small to split: fewer, larger allocations; keep the count the dates asked for by halving the last
            BigDecimal last = amounts.remove(amounts.size() - 1);
            BigDecimal half = last.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
            if (half.signum() <= 0) {
                amounts.add(last);
                break;
            }
            amounts.add(half);
            amounts.add(last.subtract(half));
        }
        return amounts.stream().map(wan -> wan.multiply(WAN).setScale(2, RoundingMode.UNNECESSARY)).toList();
    }

    private static Capacity actualCapacity(Capacity planned, SchoolType type, Random random) {
        if (planned.places() == 0) {
            return planned;
        }
        int perClass = planned.classes() == 0 ? 0 : planned.places() / planned.classes();
        int roll = random.nextInt(10);
        int classesDelta = roll < 7 ? 0 : roll < 9 ? -1 : 1;
        if (planned.classes() + classesDelta <= 0 || perClass == 0) {
            classesDelta = 0;
        }
        int classes = planned.classes() + classesDelta;
        int places = planned.places() + classesDelta * perClass;
        return new Capacity(places, planned.streams(), classes);
    }

    private static BigDecimal floorArea(Capacity capacity, SchoolType type, Random random) {
        double perPlace = switch (type) {
            case KINDERGARTEN -> 13 + random.nextDouble() * 4;
            case PRIMARY, NINE_YEAR -> 7 + random.nextDouble() * 2.5;
            case JUNIOR -> 9 + random.nextDouble() * 2.5;
            case SENIOR -> 12 + random.nextDouble() * 4;
            case VOCATIONAL -> 18 + random.nextDouble() * 7;
        };
        return BigDecimal.valueOf(Math.max(1, capacity.places()) * perPlace).setScale(1, RoundingMode.HALF_UP);
    }

    private static String scope(Spec spec) {
        Capacity c = spec.plannedCapacity();
        String what = spec.kind() == ProjectKind.NEW_BUILD ? "新建" : spec.kind() == ProjectKind.EXPANSION ? "改扩建" : "改造";
        return what + spec.schoolType().chinese() + "，规划" + c.classes() + "个班、学位" + c.places() + "个，含教学用房、"
                + (spec.schoolType() == SchoolType.KINDERGARTEN ? "幼儿活动室、户外活动场地" : "运动场、食堂")
                + "及附属设施";
    }

    private static String fundingDocument(FundingSource source, Spec spec, LocalDate on, Random random) {
        String prefix = switch (source) {
            case CENTRAL_FISCAL -> "财教";
            case PROVINCIAL_FISCAL -> "省财教";
            case MUNICIPAL_FISCAL -> "市财教";
            case COUNTY_DISTRICT_FISCAL -> spec.documentPrefix().replace("发改投资", "财教").replace("发改", "财教");
            case SPECIAL_FUND -> "专项资金下达";
            case LOCAL_GOVERNMENT_SPECIAL_BOND -> "专项债券";
            case SOCIAL_CAPITAL -> "举办者出资承诺";
        };
        return prefix + "〔" + on.getYear() + "〕" + between(random, 1, 220) + "号";
    }

    private static String progressNote(int percent) {
        if (percent < 15) {
            return "场地平整及基础工程施工";
        }
        if (percent < 45) {
            return "主体结构施工中";
        }
        if (percent < 60) {
            return "主体结构封顶";
        }
        if (percent < 85) {
            return "二次结构及装饰装修施工";
        }
        return "室外工程、设备安装及竣工验收准备";
    }

    /** The first day of term (1 March or 1 September) on or after {@code on}. */
    static LocalDate nextTerm(LocalDate on) {
        LocalDate spring = LocalDate.of(on.getYear(), 3, 1);
        LocalDate autumn = LocalDate.of(on.getYear(), 9, 1);
        if (!on.isAfter(spring)) {
            return spring;
        }
        if (!on.isAfter(autumn)) {
            return autumn;
        }
        return LocalDate.of(on.getYear() + 1, 3, 1);
    }

    static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
