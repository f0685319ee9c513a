package id.simonev.surveys.evaluation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of a program's links. */
public class LinkQuery {

    @QueryParam("questionnaire")
    public Questionnaire questionnaire;

    @QueryParam("role")
    public RaterRole role;

    @QueryParam("status")
    @Parameter(description = "OPEN, ANSWERED, EXPIRED or REPLACED")
    public LinkStatus status;

    @QueryParam("participantNip")
    @Parameter(description = "The participant the links are about")
    public String participantNip;
}
