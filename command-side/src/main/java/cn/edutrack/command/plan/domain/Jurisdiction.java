package cn.edutrack.command.plan.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.JurisdictionRegistered;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A jurisdiction (province, city, district/county, township), identified by its code. Codes registered here start
 * with {@code CN}, so they never collide with plan ids (lower case) or project ids ({@code PRJ-...}) in the one
 * event store. Registration is idempotent: the same name, level and parent again records nothing; another name,
 * level or parent is refused. A registration that states no parent matches any recorded parent (a plan file names
 * its jurisdiction's parent without the parent's own parent); one that states the parent of a jurisdiction
 * recorded without one records the registration again, now with its parent.
 */
@Aggregate
public class Jurisdiction {

    @AggregateIdentifier
    private JurisdictionCode code;
    private String name;
    private JurisdictionLevel level;
    private JurisdictionCode parent;
    private long version;

    protected Jurisdiction() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PlanCommandResult handle(RegisterJurisdiction command, Clock clock) {
        JurisdictionCode jurisdiction = command.jurisdiction();
        LocalDate today = LocalDate.now(clock);
        if (command.businessDate().isAfter(today)) {
            throw violation(PlanRule.BUSINESS_DATE_IN_FUTURE, jurisdiction,
                    "businessDate " + command.businessDate() + " is in the future (today is " + today + ")");
        }
        if (code == null) {
            if (!jurisdiction.value().startsWith("CN")) {
                throw violation(PlanRule.JURISDICTION_CODE_NOT_CN, jurisdiction, "jurisdiction code " + jurisdiction
                        + " does not start with CN (e.g. CN-45/XX市/XX区)");
            }
        } else {
            List<String> differences = new ArrayList<>();
            if (!Objects.equals(name, command.name())) {
                differences.add("name " + name + " (not " + command.name() + ")");
            }
            if (level != command.level()) {
                differences.add("level " + level + " (not " + command.level() + ")");
            }
            if (parent != null && command.parent() != null && !parent.equals(command.parent())) {
                differences.add("parent " + parent + " (not " + command.parent() + ")");
            }
            if (!differences.isEmpty()) {
                throw violation(PlanRule.JURISDICTION_REGISTERED_DIFFERENTLY, jurisdiction, "jurisdiction " + code
                        + " is already registered with " + String.join(", ", differences));
            }
            if (parent != null || command.parent() == null) {
                return new PlanCommandResult(code.value(), version, false);
            }
        }
        if (command.parent() != null
                && (command.parent().equals(jurisdiction) || !command.parent().covers(jurisdiction))) {
            throw violation(PlanRule.PARENT_JURISDICTION_NOT_ABOVE, jurisdiction, "parent " + command.parent()
                    + " is not above " + jurisdiction + ": its code must be a path prefix of " + jurisdiction);
        }
        JurisdictionRegistered registered;
        try {
            registered = new JurisdictionRegistered(jurisdiction, command.businessDate(), clock.instant(),
                    command.name(), command.level(), command.parent(), command.source());
        } catch (IllegalArgumentException e) {
            throw violation(PlanRule.INVALID_CONTENT, jurisdiction, e.getMessage());
        }
        apply(registered);
        return new PlanCommandResult(code.value(), version, true);
    }

    private static PlanRuleViolation violation(PlanRule rule, JurisdictionCode jurisdiction, String detail) {
        return PlanRuleViolation.ofJurisdiction(rule, jurisdiction, detail);
    }

    @EventSourcingHandler
    void on(JurisdictionRegistered event, @SequenceNumber long sequence) {
        code = event.jurisdiction();
        name = event.name();
        level = event.level();
        if (event.parent() != null) {
            parent = event.parent();
        }
        version = sequence;
    }
}
