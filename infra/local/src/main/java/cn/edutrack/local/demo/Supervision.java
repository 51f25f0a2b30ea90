package cn.edutrack.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.edutrack.events.RecheckResult;
import cn.edutrack.local.demo.Lifecycle.Fate;
import cn.edutrack.local.demo.ProjectHistory.AcceptanceFailure;
import cn.edutrack.local.demo.ProjectHistory.Recheck;
import cn.edutrack.local.demo.ProjectHistory.RectificationOrder;
import cn.edutrack.local.demo.ProjectHistory.Summons;

/**
 * What the supervisor of a project's district or county does about it, added to the project's natural history (before
 * it is cut at today, so a later today only adds): for some stalled, silent or late projects and some that failed
 * acceptance, a rectification order (责令整改) with a deadline, then a re-check (复查) that finds it rectified, or not
 * rectified with a new deadline, or none yet (the order stays open past its deadline); for some of those still not
 * rectified, a summons (约谈). At most one order per project. Dated after the events they answer and, for a project
 * that later passes acceptance, before the pass; never for a cancelled project. Changes no stage.
 *
 * <p>Each project draws from a random of its own (seed and project id), so the rest of the history does not change.
 */
final class Supervision {

    private Supervision() {
    }

    static ProjectHistory supervise(ProjectHistory natural, Fate fate, long seed, String issuingBody) {
        Random random = new Random(seed * 53 + natural.projectId().hashCode());
        List<RectificationOrder> orders = new ArrayList<>();
        List<Recheck> rechecks = new ArrayList<>();
        List<Summons> summonses = new ArrayList<>();
        switch (fate) {
            case STALLED -> {
                if (random.nextInt(4) == 3 || natural.start() == null) {
                    break;
                }
                LocalDate lastReport = natural.progressReports().isEmpty() ? natural.start().date()
                        : natural.progressReports().get(natural.progressReports().size() - 1).date();
                RectificationOrder order = order(random, lastReport.plusDays(between(random, 75, 120)), issuingBody,
                        "项目停工超过两个月，施工进度严重滞后，须制定复工方案并落实建设资金", 45, 75);
                orders.add(order);
                boolean rechecked = random.nextBoolean();
                if (rechecked) {
                    LocalDate on = order.deadline().plusDays(between(random, 3, 15));
                    rechecks.add(new Recheck(on, order.orderNumber(), RecheckResult.NOT_RECTIFIED,
                            "仍未复工，复工方案未报送", on.plusDays(between(random, 60, 90))));
                }
                if (random.nextInt(10) < 6) {
                    String contractor = natural.start().contractor();
                    summonses.add(new Summons(order.deadline().plusDays(between(random, 20, 40)), issuingBody,
                            contractor + "项目负责人及" + natural.ownerOrganisation() + "分管负责人",
                            "责令整改逾期未落实，项目长期停工"));
                }
            }
            case APPROVED_ONLY, FUNDED_ONLY -> {
                if (random.nextBoolean() || natural.approval() == null) {
                    break;
                }
                LocalDate due = natural.approval().plannedCompletion();
                RectificationOrder order = order(random, due.plusDays(between(random, 30, 60)), issuingBody,
                        "项目批复后逾期未开工建设，已超过计划竣工日期", 60, 90);
                orders.add(order);
                if (random.nextBoolean()) {
                    LocalDate on = order.deadline().plusDays(between(random, 5, 20));
                    rechecks.add(new Recheck(on, order.orderNumber(), RecheckResult.NOT_RECTIFIED,
                            "建设资金仍未落实，尚未开工", on.plusDays(between(random, 90, 120))));
                }
            }
            case ACTIVE -> {
                if (random.nextBoolean() || natural.approval() == null) {
                    break;
                }
                LocalDate due = natural.approval().plannedCompletion();
                RectificationOrder order = order(random, due.plusDays(between(random, 20, 60)), issuingBody,
                        "施工进度严重滞后，已超过计划竣工日期，须增加施工力量并报送赶工计划", 90, 120);
                orders.add(order);
                LocalDate on = order.deadline().plusDays(between(random, 3, 15));
                rechecks.add(new Recheck(on, order.orderNumber(), RecheckResult.NOT_RECTIFIED,
                        "已报送赶工计划，进度仍滞后", on.plusDays(between(random, 120, 180))));
            }
            case FAILED_OPEN -> {
                if (random.nextInt(3) == 0 || natural.acceptanceFailures().isEmpty()) {
                    break;
                }
                AcceptanceFailure failure = natural.acceptanceFailures().get(0);
                RectificationOrder order = order(random,
                        failure.rectificationDeadline().plusDays(between(random, 10, 30)), issuingBody,
                        "竣工验收整改逾期未完成：" + failure.findings(), 30, 45);
                orders.add(order);
                int roll = random.nextInt(3);
                if (roll == 0) {
                    LocalDate on = order.deadline().minusDays(between(random, 0, 10));
                    rechecks.add(new Recheck(later(on, order.date().plusDays(1)), order.orderNumber(),
                            RecheckResult.RECTIFIED, "整改到位，待重新组织验收", null));
                } else if (roll == 1) {
                    summonses.add(new Summons(order.deadline().plusDays(between(random, 15, 30)), issuingBody,
                            natural.ownerOrganisation() + "分管负责人", "竣工验收整改逾期未完成，学校不能按期投入使用"));
                }
            }
            case FAILED_THEN_IN_SERVICE -> {
                if (random.nextBoolean() || natural.acceptanceFailures().isEmpty() || natural.acceptance() == null) {
                    break;
                }
                List<AcceptanceFailure> failures = natural.acceptanceFailures();
                AcceptanceFailure first = failures.get(0);
                RectificationOrder order = new RectificationOrder(first.date().plusDays(between(random, 1, 5)), 1,
                        issuingBody, "竣工验收未通过，限期整改：" + first.findings(), first.rectificationDeadline());
                orders.add(order);
                if (failures.size() > 1) {
                    AcceptanceFailure second = failures.get(1);
                    rechecks.add(new Recheck(second.date().plusDays(1), 1, RecheckResult.NOT_RECTIFIED,
                            "复验仍未通过：" + second.findings(), second.rectificationDeadline()));
                }
                LocalDate lastCheck = rechecks.isEmpty() ? order.date() : rechecks.get(0).date();
                LocalDate on = later(natural.acceptance().date().minusDays(between(random, 1, 3)), lastCheck.plusDays(1));
                rechecks.add(new Recheck(on, 1, RecheckResult.RECTIFIED, "整改到位", null));
            }
            default -> {
                // in service without trouble, accepted, completed, cancelled: nothing to supervise
            }
        }
        if (orders.isEmpty()) {
            return natural;
        }
        return natural.withSupervision(orders, rechecks, summonses);
    }

    /** The project's first order, on {@code on}, with a deadline {@code from}..{@code to} days later. */
    private static RectificationOrder order(Random random, LocalDate on, String issuingBody, String findings, int from,
                                            int to) {
        return new RectificationOrder(on, 1, issuingBody, findings, on.plusDays(between(random, from, to)));
    }

    private static int between(Random random, int from, int to) {
        return Lifecycle.between(random, from, to);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
