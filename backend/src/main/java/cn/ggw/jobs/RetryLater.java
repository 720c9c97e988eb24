package cn.ggw.jobs;

/** Thrown by a {@link JobHandler} that could not finish for a passing reason: the job is queued again. */
public class RetryLater extends RuntimeException {

    public RetryLater(Throwable cause) {
        super(cause == null ? "retry later" : cause.getClass().getName(), cause, false, false);
    }
}
