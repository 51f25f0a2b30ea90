package cn.edutrack.query.project.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.Track;
import cn.edutrack.query.project.ProjectStatus;
import cn.edutrack.query.web.InvalidParameterException;
import cn.edutrack.query.web.Paging;
import org.junit.jupiter.api.Test;

/** The parameters of the list query, checked before any SQL is built from them. */
class ProjectQueryParametersTest {

    @Test
    void sortTakesAWhitelistedFieldAndADirection() {
        assertThat(ProjectSort.parse("lastEventOn,desc").orderBy()).isEqualTo("last_event_on desc nulls last, project_id asc");
        assertThat(ProjectSort.parse("title").orderBy()).isEqualTo("title asc nulls last, project_id asc");
        assertThat(ProjectSort.parse(null)).isEqualTo(ProjectSort.DEFAULT);
        assertThat(ProjectSort.parse("projectId,DESC").orderBy()).isEqualTo("project_id desc nulls last");
    }

    @Test
    void sortRefusesAnythingElse() {
        assertThatThrownBy(() -> ProjectSort.parse("title; drop table project_summary"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
        assertThatThrownBy(() -> ProjectSort.parse("project_id"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
        assertThatThrownBy(() -> ProjectSort.parse("title,asc,extra"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
    }

    @Test
    void titleTextIsMatchedLiterally() {
        assertThat(ProjectSearch.containsPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(ProjectSearch.belowPattern(JurisdictionCode.of("CN-45/X_市"))).isEqualTo("CN-45/X\\_市/%");
    }

    @Test
    void filtersAreParsedCaseInsensitivelyAndNamedWhenWrong() {
        ProjectSearch search = ProjectSearch.parse("CN-45/XX市", "reform", "launched,EVALUATED", "  集团 ");
        assertThat(search.track()).isEqualTo(Track.REFORM);
        assertThat(search.statuses()).containsExactly(ProjectStatus.LAUNCHED, ProjectStatus.EVALUATED);
        assertThat(search.titleText()).isEqualTo("集团");
        assertThatThrownBy(() -> ProjectSearch.parse(null, null, "LAUNCHED,FINISHED", null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("status"));
        assertThatThrownBy(() -> ProjectSearch.parse("CN-45//XX市", null, null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("jurisdiction"));
    }

    @Test
    void pagingDefaultsAndLimits() {
        assertThat(Paging.parse(null, null)).isEqualTo(new Paging(0, 20));
        assertThat(Paging.parse("3", "200").offset()).isEqualTo(600);
        assertThatThrownBy(() -> Paging.parse("0", "201"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("size"));
        assertThatThrownBy(() -> Paging.parse("0", "0"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("size"));
    }
}
