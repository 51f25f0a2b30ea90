package cn.edutrack.query.project.projection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.EventCatalog;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.Money;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.project.ConstructionCompleted;
import cn.edutrack.events.project.EventCorrected;
import cn.edutrack.events.project.FundingAllocated;
import cn.edutrack.events.project.ProjectEvent;
import cn.edutrack.events.project.ProjectRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which events count, and as what: every event but the corrections, each as its latest correction says. */
class EffectiveEventsTest {

    private static final ProjectId PROJECT = ProjectId.of("PRJ-EFFECTIVE-1");

    private final List<StoredEvent> stored = new ArrayList<>();

    @Test
    void aCorrectionReplacesTheEventItCorrectsInItsPlace() {
        add(registered("2023-01-10"));
        add(allocated("2000000.00", "2023-03-01"));
        add(completed(300, "2024-03-20"));
        add(correction(2, completed(270, "2024-03-28"), "2024-07-01"));

        List<EffectiveEvents.Effective> effective = EffectiveEvents.of(stored);

        assertThat(effective).extracting(EffectiveEvents.Effective::sequence).containsExactly(0L, 1L, 2L);
        assertThat(effective).extracting(EffectiveEvents.Effective::correction).containsExactly(null, null, 3L);
        ConstructionCompleted completion = (ConstructionCompleted) effective.get(2).event();
        assertThat(completion.actualCapacity().places()).isEqualTo(270);
        assertThat(completion.businessDate()).isEqualTo(LocalDate.parse("2024-03-28"));
        assertThat(effective.get(2).payload()).contains("\"places\":270");
        // the event keeps its own id and recording time
        assertThat(effective.get(2).eventId()).isEqualTo(stored.get(2).eventId());
        assertThat(effective.get(2).recordedAt()).isEqualTo(stored.get(2).recordedAt());
    }

    @Test
    void theLatestCorrectionOfAnEventWins() {
        add(registered("2023-01-10"));
        add(allocated("2000000.00", "2023-03-01"));
        add(correction(1, allocated("2500000.00", "2023-03-01"), "2024-07-15"));
        add(correction(1, allocated("2400000.00", "2023-03-02"), "2024-08-01"));

        List<EffectiveEvents.Effective> effective = EffectiveEvents.of(stored);

        assertThat(effective).hasSize(2);
        FundingAllocated allocation = (FundingAllocated) effective.get(1).event();
        assertThat(allocation.amount()).isEqualTo(Money.of("2400000.00"));
        assertThat(effective.get(1).correction()).isEqualTo(3L);
    }

    @Test
    void aCorrectionOfNothingOfItsTypeChangesNothing() {
        add(registered("2023-01-10"));
        add(allocated("2000000.00", "2023-03-01"));
        // names the registration's sequence with a completion
        add(correction(0, completed(270, "2024-03-28"), "2024-07-01"));
        // names a sequence that holds nothing
        add(correction(9, allocated("1.00", "2023-03-01"), "2024-07-02"));

        List<EffectiveEvents.Effective> effective = EffectiveEvents.of(stored);

        assertThat(effective).extracting(EffectiveEvents.Effective::correction).containsExactly(null, null);
        assertThat(effective.get(0).event()).isInstanceOf(ProjectRegistered.class);
    }

    @Test
    void untilADateKeepsTheRegistrationAndTheEventsOfThatDateOrBefore() {
        add(registered("2023-01-10"));
        add(allocated("2000000.00", "2023-03-01"));
        add(completed(300, "2024-03-20"));
        add(correction(2, completed(270, "2024-04-02"), "2024-08-01"));

        assertThat(EffectiveEvents.until(EffectiveEvents.of(stored), LocalDate.parse("2024-03-31")))
                .extracting(EffectiveEvents.Effective::sequence).containsExactly(0L, 1L);
        assertThat(EffectiveEvents.until(EffectiveEvents.of(stored), LocalDate.parse("2022-12-31")))
                .extracting(EffectiveEvents.Effective::sequence).containsExactly(0L);
    }

    private void add(ProjectEvent event) {
        stored.add(new StoredEvent(PROJECT.value(), stored.size(), UUID.randomUUID(), EventCatalog.of(event).ceType(),
                event.recordedAt(), EventJson.writeString(event)));
    }

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(9, 30).toInstant(java.time.ZoneOffset.UTC);
    }

    private static ProjectEvent registered(String on) {
        return new ProjectRegistered(PROJECT, LocalDate.parse(on), at(on), ProjectKind.NEW_BUILD, "某区实验幼儿园",
                JurisdictionCode.of("CN-45/XX市/XX区"), OrganisationId.of("ORG-A"), PersonId.of("P-1"),
                new Capacity(270, 0, 9), null);
    }

    private static ProjectEvent allocated(String amount, String on) {
        return new FundingAllocated(PROJECT, LocalDate.parse(on), at(on), "ALLOC-1", FundingSource.CENTRAL_FISCAL,
                Money.of(amount), null);
    }

    private static ProjectEvent completed(int places, String on) {
        return new ConstructionCompleted(PROJECT, LocalDate.parse(on), at(on), new Capacity(places, 0, places / 30),
                new BigDecimal("1200.50"));
    }

    private static ProjectEvent correction(long sequence, ProjectEvent asItShouldBe, String on) {
        return new EventCorrected(PROJECT, LocalDate.parse(on), at(on), sequence, EventCatalog.of(asItShouldBe).ceType(),
                EventJson.toTree(asItShouldBe), "原记录有误");
    }
}
