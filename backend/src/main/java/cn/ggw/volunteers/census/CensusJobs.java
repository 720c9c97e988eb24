package cn.ggw.volunteers.census;

import cn.ggw.jobs.Job;
import cn.ggw.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;

/** The census import's two jobs in the shared queue: the dry run and the commit (subject: the import's id). */
public final class CensusJobs {

    public static final String DRY_RUN = "census.dry-run";
    public static final String COMMIT = "census.commit";

    private CensusJobs() {
    }

    @ApplicationScoped
    static class DryRun implements JobHandler {

        @Inject
        CensusImportJobs jobs;

        @Override
        public String kind() {
            return DRY_RUN;
        }

        @Override
        public void run(Job job) {
            jobs.dryRun(job.subjectId());
        }

        @Override
        public void abandoned(Job job, Connection tx) throws SQLException {
            jobs.markInterrupted(tx, job.subjectId());
        }
    }

    @ApplicationScoped
    static class Commit implements JobHandler {

        @Inject
        CensusImportJobs jobs;

        @Override
        public String kind() {
            return COMMIT;
        }

        @Override
        public void run(Job job) {
            jobs.commit(job.subjectId(), job.text("actor"), job.text("actorUnit"));
        }

        @Override
        public void abandoned(Job job, Connection tx) throws SQLException {
            jobs.markInterrupted(tx, job.subjectId());
        }
    }
}
