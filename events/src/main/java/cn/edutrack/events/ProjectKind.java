package cn.edutrack.events;

/** What kind of project it is; the kind decides the track. */
public enum ProjectKind {
    NEW_BUILD(Track.CONSTRUCTION),
    EXPANSION(Track.CONSTRUCTION),
    RELOCATION(Track.CONSTRUCTION),
    RENOVATION(Track.CONSTRUCTION),
    /** A developer-built school received by the bureau (接收配套): no approval or construction, acceptance still applies. */
    HANDOVER(Track.CONSTRUCTION),
    SCHOOL_GROUP(Track.REFORM),
    TEACHER_EMPLOYMENT(Track.REFORM),
    SCHOOL_DISTRICT(Track.REFORM),
    DOUBLE_REDUCTION(Track.REFORM),
    EVALUATION_PILOT(Track.REFORM),
    PRIVATE_SCHOOL_TRANSFORMATION(Track.REFORM),
    OTHER_REFORM(Track.REFORM),
    MODEL_SCHOOL(Track.DESIGNATION),
    DEMONSTRATION_BASE(Track.DESIGNATION),
    BRAND(Track.DESIGNATION),
    CERTIFICATION(Track.DESIGNATION),
    OTHER_DESIGNATION(Track.DESIGNATION);

    private final Track track;

    ProjectKind(Track track) {
        this.track = track;
    }

    public Track track() {
        return track;
    }
}
