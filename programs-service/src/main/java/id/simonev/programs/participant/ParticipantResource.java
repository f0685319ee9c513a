package id.simonev.programs.participant;

import id.simonev.platform.csv.ImportDocumentation;
import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.nip.ValidNip;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs: participants", description = "Enrolment, withdrawal, attendance and test scores")
public class ParticipantResource {

    private final ParticipantService service;
    private final Caller caller;

    ParticipantResource(ParticipantService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Enrol an employee by NIP",
            description = "While the program is SCHEDULED or RUNNING and has a place. Emits ParticipantEnrolled.")
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program is full, not open for enrolment, or the employee "
            + "is already enrolled")
    @APIResponse(responseCode = "422", description = "The employee is not in the register or no longer active")
    public Response enrol(@PathParam("id") UUID programId, @Valid @NotNull Enrolment enrolment,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        ParticipantView enrolled = service.enrol(programId, enrolment, caller, idempotencyKey);
        return Created.at(uri, enrolled.nip(), enrolled);
    }

    @POST
    @Path("import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Enrol employees from a CSV file (column nip)",
            description = ImportDocumentation.FILE_RULES
                    + " Each row enrols one employee as a single enrolment would, within capacity.")
    @APIResponse(responseCode = "200", description = "Enrolled, or with dryRun checked: how many")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program is not open for enrolment")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importEnrolments(@PathParam("id") UUID programId, byte[] file,
            @BeanParam ImportOptions options) {
        return service.importEnrolments(programId, file, options.dryRun, caller);
    }

    @POST
    @Path("attendance/import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record attendance from a CSV file (columns nip, session, present)",
            description = ImportDocumentation.FILE_RULES + " present is true/false, ya/tidak, hadir/absen or 1/0.")
    @APIResponse(responseCode = "200", description = "Recorded, or with dryRun checked: how many marks are new, "
            + "changed or as they were")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program is not running")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importAttendance(@PathParam("id") UUID programId, byte[] file,
            @BeanParam ImportOptions options) {
        return service.importAttendance(programId, file, options.dryRun, caller);
    }

    @POST
    @Path("scores/import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record test scores from a CSV file (columns nip, preTest, postTest)",
            description = ImportDocumentation.FILE_RULES
                    + " Scores are 0-100, with a decimal point or comma; a blank score keeps the recorded one.")
    @APIResponse(responseCode = "200", description = "Recorded, or with dryRun checked: how many changed")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program has ended")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importScores(@PathParam("id") UUID programId, byte[] file,
            @BeanParam ImportOptions options) {
        return service.importScores(programId, file, options.dryRun, caller);
    }

    @POST
    @Path("{nip}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Withdraw a participant, with the reason",
            description = "The participant stays in the history as WITHDRAWN. Emits ParticipantWithdrawn.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such program or participant")
    @APIResponse(responseCode = "409", description = "The program has ended or the participant is not enrolled")
    public ParticipantView withdraw(@PathParam("id") UUID programId, @PathParam("nip") @ValidNip String nip,
            @Valid @NotNull Withdrawal withdrawal) {
        return service.withdraw(programId, nip, withdrawal, caller);
    }

    @PUT
    @Path("{nip}/attendance/{session}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record whether a participant was at a session of a running program",
            description = "Emits AttendanceRecorded.")
    @APIResponse(responseCode = "200", description = "The participant with the JP attended so far")
    @APIResponse(responseCode = "404", description = "No such program or participant")
    @APIResponse(responseCode = "409", description = "The program is not running or the participant not enrolled")
    public ParticipantView recordAttendance(@PathParam("id") UUID programId, @PathParam("nip") @ValidNip String nip,
            @PathParam("session") @Parameter(description = "Session number, from 1") int session,
            @Valid @NotNull AttendanceMark mark) {
        return service.recordAttendance(programId, nip, session, mark, caller);
    }

    @PUT
    @Path("{nip}/scores")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record pre-test and post-test scores", description = "Emits TestScoresRecorded.")
    @APIResponse(responseCode = "200", description = "The participant with the scores")
    @APIResponse(responseCode = "404", description = "No such program or participant")
    @APIResponse(responseCode = "409", description = "The program has ended or the participant is not enrolled")
    public ParticipantView recordScores(@PathParam("id") UUID programId, @PathParam("nip") @ValidNip String nip,
            @Valid @NotNull TestScores scores) {
        return service.recordScores(programId, nip, scores, caller);
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One participant")
    @APIResponse(responseCode = "200", description = "The participant")
    @APIResponse(responseCode = "404", description = "No such program or participant")
    public ParticipantView find(@PathParam("id") UUID programId, @PathParam("nip") @ValidNip String nip) {
        return service.find(programId, nip, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A program's participants, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of participants")
    @APIResponse(responseCode = "404", description = "No such program")
    public Page<ParticipantView> list(@PathParam("id") UUID programId,
            @QueryParam("status") ParticipantStatus status,
            @QueryParam("agency") @Parameter(description = "Code of the participants' agency") String agency,
            @Valid @BeanParam PageRequest paging) {
        return service.list(programId, status, agency, paging, caller);
    }
}
