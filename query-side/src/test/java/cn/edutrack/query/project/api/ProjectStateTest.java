package cn.edutrack.query.project.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a state's fields are named and told apart. */
class ProjectStateTest {

    @Test
    void columnsAreNamedInCamelCase() {
        assertThat(ProjectState.camel("delivered_places")).isEqualTo("deliveredPlaces");
        assertThat(ProjectState.camel("floor_area_square_metres")).isEqualTo("floorAreaSquareMetres");
        assertThat(ProjectState.camel("status")).isEqualTo("status");
    }

    @Test
    void differencesAreTheFieldsThatChangeAppearOrDisappear() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", "APPROVED");
        before.put("approvedBudget", "3000000.00");
        before.put("funding.CENTRAL_FISCAL", "1000000.00");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "FUNDED");
        after.put("approvedBudget", "3000000.00");
        after.put("fundedOn", "2023-05-01");

        assertThat(ProjectState.differences(before, after)).containsExactly(
                new ProjectState.Difference("status", "APPROVED", "FUNDED"),
                new ProjectState.Difference("funding.CENTRAL_FISCAL", "1000000.00", null),
                new ProjectState.Difference("fundedOn", null, "2023-05-01"));
        assertThat(ProjectState.differences(after, after)).isEmpty();
    }
}
