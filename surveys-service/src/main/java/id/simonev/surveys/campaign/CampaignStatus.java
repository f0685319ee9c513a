package id.simonev.surveys.campaign;

/** A campaign moves DRAFT -> OPEN -> CLOSED and never back. */
public enum CampaignStatus {
    /** Being set up; nobody answers yet. */
    DRAFT,
    /** Citizens answer through its public code, within its dates. */
    OPEN,
    /** The link no longer takes answers; paper forms collected in its period may still be entered. */
    CLOSED
}
