package cn.edutrack.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "As known at": an RFC 3339 instant, or a date meaning the end of that day in China; absent, now. */
class KnownAtParameterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void anInstantWithItsOffset() {
        assertThat(QueryParameters.knownAt("knownAt", "2024-06-30T12:00:00+08:00", CLOCK))
                .isEqualTo(Instant.parse("2024-06-30T04:00:00Z"));
        assertThat(QueryParameters.knownAt("knownAt", "2024-06-30T04:00:00.250Z", CLOCK))
                .isEqualTo(Instant.parse("2024-06-30T04:00:00.250Z"));
    }

    @Test
    void aDateIsTheLastMicrosecondOfThatDayInChina() {
        assertThat(QueryParameters.knownAt("knownAt", "2024-06-30", CLOCK))
                .isEqualTo(Instant.parse("2024-06-30T15:59:59.999999Z"));
    }

    @Test
    void absentIsNowAndTheDefaultDateIsTodayInChina() {
        assertThat(QueryParameters.knownAt("knownAt", null, CLOCK)).isEqualTo(Instant.parse("2024-06-30T17:00:00Z"));
        assertThat(QueryParameters.knownAt("knownAt", " ", CLOCK)).isEqualTo(Instant.parse("2024-06-30T17:00:00Z"));
        // 17:00 UTC is already 1 July in Beijing
        assertThat(QueryParameters.date("date", null, CLOCK)).isEqualTo(LocalDate.parse("2024-07-01"));
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"2024-06-30T12:00:00", "2024-6-30", "yesterday", "1719720000"}) {
            assertThatThrownBy(() -> QueryParameters.knownAt("toKnownAt", bad, CLOCK)).as(bad)
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo("toKnownAt"));
        }
        assertThatThrownBy(() -> QueryParameters.requiredDate("from", null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> QueryParameters.date("date", "31.03.2024", CLOCK))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("date"));
    }
}
