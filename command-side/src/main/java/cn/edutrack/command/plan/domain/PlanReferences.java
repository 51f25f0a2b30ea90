package cn.edutrack.command.plan.domain;

import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.PlanRegistered;
import cn.edutrack.events.plan.ProgrammeDefined;
import cn.edutrack.events.plan.TargetSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Checks, before a project is assigned to a plan, that the plan is recorded and defines the programme and the
 * targets the assignment names (the project aggregate cannot see another aggregate). Read from the plan's
 * stored events, so it sees what the current transaction has stored too. Plans are never deleted, so what is
 * found here stays true.
 */
@Component
public class PlanReferences {

    private final EventStore eventStore;

    public PlanReferences(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * @param programmeId          the programme named, or null
     * @param targetId             the main target named (of that programme), or null
     * @param contributionTargets  further targets named by contributions (nulls are ignored)
     * @throws PlanRuleViolation {@link PlanRule#UNKNOWN_PLAN_REFERENCE} naming the first unknown reference
     */
    public void check(PlanId planId, String programmeId, String targetId, Collection<String> contributionTargets) {
        boolean registered = false;
        Set<String> programmes = new HashSet<>();
        Map<String, String> programmeOfTarget = new HashMap<>();
        var events = eventStore.readEvents(planId.value());
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof PlanRegistered) {
                registered = true;
            } else if (payload instanceof ProgrammeDefined programme) {
                programmes.add(programme.programmeId());
            } else if (payload instanceof TargetSet target) {
                programmeOfTarget.put(target.targetId(), target.programmeId());
            }
        }
        if (!registered) {
            throw refusal(planId, "no plan " + planId + " is recorded", "planId", planId.value());
        }
        if (programmeId != null && !programmes.contains(programmeId)) {
            throw refusal(planId, "plan " + planId + " has no programme " + programmeId,
                    "programmeId", programmeId);
        }
        if (targetId != null && !programmeOfTarget.containsKey(targetId)) {
            throw refusal(planId, "plan " + planId + " has no target " + targetId, "targetId", targetId);
        }
        if (targetId != null && !programmeOfTarget.get(targetId).equals(programmeId)) {
            throw refusal(planId, "target " + targetId + " belongs to programme "
                    + programmeOfTarget.get(targetId) + ", not " + programmeId, "targetId", targetId);
        }
        for (String contributionTarget : contributionTargets) {
            if (contributionTarget != null && !programmeOfTarget.containsKey(contributionTarget)) {
                throw refusal(planId, "plan " + planId + " has no target " + contributionTarget + " for a contribution",
                        "targetId", contributionTarget);
            }
        }
    }

    private static PlanRuleViolation refusal(PlanId planId, String detail, String recordName, String recordId) {
        return PlanRuleViolation.ofPlan(PlanRule.UNKNOWN_PLAN_REFERENCE, planId, detail, recordName, recordId);
    }
}
