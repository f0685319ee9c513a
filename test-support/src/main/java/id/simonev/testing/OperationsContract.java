package id.simonev.testing;

import org.junit.jupiter.api.Test;

/**
 * What operators and API users rely on in every service, checked once for each: a service's
 * {@code OperationsTests} extends this and adds the operations it documents.
 */
public abstract class OperationsContract {

    @Test
    void healthCoversTheDatabaseAndKafkaAndMetricsAreExposed() {
        OperationsChecks.healthAndMetricsAreOpen();
    }

    @Test
    void everyOperationHasAnIdASecurityRequirementAndProblemAnswers() {
        OperationsChecks.everyOperationIsIdentifiedSecuredAndAnswersWithProblems();
    }

    @Test
    void everyKafkaChannelReadsCommittedRecordsOnly() {
        OperationsChecks.everyKafkaChannelReadsCommittedRecordsOnly();
    }

    @Test
    void theOpenApiDocumentPassesTheStandardLinter() {
        OperationsChecks.passesTheOpenApiLinter();
    }
}
