package id.simonev.programs.participant;

import id.simonev.programs.program.Program;
import id.simonev.programs.program.ProgramCompletion;
import id.simonev.programs.program.ProgramService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.stream.Collectors;

/**
 * Decides, when a program completes, how it ended for each participant still enrolled, credits
 * the program's JP to those who completed (in the year it ended), and announces each decision as
 * {@code ParticipantCompleted}.
 */
@ApplicationScoped
class Completion {

    private final ParticipantRepository participants;
    private final ProgramService programService;

    Completion(ParticipantRepository participants, ProgramService programService) {
        this.participants = participants;
        this.programService = programService;
    }

    void onCompletion(@Observes ProgramCompletion completion) {
        Program program = completion.program();
        AttendanceSheet attendance = new AttendanceSheet(program, participants.attendance(program.id));
        for (Participant participant : participants.enrolled(program.id)) {
            int attendedJp = attendance.attendedJp(participant.nip);
            CompletionRule.Decision decision = CompletionRule.decide(attendedJp, program.jp, participant.postTest,
                    program.passingScore);
            participant.status = decision.completed() ? ParticipantStatus.COMPLETED : ParticipantStatus.NOT_COMPLETED;
            participant.jpCredited = decision.completed() ? program.jp : 0;
            participant.shortfalls = decision.completed() ? null
                    : decision.shortfalls().stream().map(Enum::name).collect(Collectors.joining(","));
            programService.announce(program, new ParticipantCompleted(program.regionCode, program.id, participant.nip,
                    participant.agencyCode, participant.regionCode, decision.completed(), decision.shortfalls(),
                    attendedJp, program.jp, participant.preTest, participant.postTest, program.passingScore,
                    participant.jpCredited, program.endDate.getYear()));
        }
    }
}
