package cn.edutrack.events;

/** The lifecycle a project follows; one aggregate, three paths. */
public enum Track {
    /** Building, expanding, relocating, renovating or receiving a school (新建, 改扩建, 搬迁, 改造, 接收配套). */
    CONSTRUCTION,
    /** An institutional change run as a pilot and evaluated (集团化办学, 区管校聘, 学区制, 双减, ...). */
    REFORM,
    /** Applying for a title, designation or certification (创建, 认定, 争创). */
    DESIGNATION
}
