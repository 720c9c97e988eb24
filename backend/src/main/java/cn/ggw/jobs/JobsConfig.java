package cn.ggw.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code ggw.jobs.*}: how each replica runs the shared job queue (env: GGW_JOBS_STALE_AFTER=30S …). */
@ConfigMapping(prefix = "ggw.jobs")
public interface JobsConfig {

    /** Jobs this replica runs at once. */
    @WithDefault("2")
    int threads();

    /** How often an idle replica looks for queued jobs and for jobs whose replica stopped. */
    @WithDefault("2S")
    Duration pollInterval();

    /** How often a replica tells the database that its running jobs are alive. */
    @WithDefault("5S")
    Duration heartbeatInterval();

    /** A running job whose heartbeat is older than this belongs to a replica that stopped. */
    @WithDefault("30S")
    Duration staleAfter();

    /** Delay before a job that hit a passing failure (database unreachable) runs again. */
    @WithDefault("10S")
    Duration retryDelay();

    /** On shutdown, how long running jobs may take to finish before they are cut off (and resumed elsewhere). */
    @WithDefault("20S")
    Duration shutdownWait();

    /** Finished jobs are deleted after this long. */
    @WithDefault("P30D")
    Duration keepFinished();
}
