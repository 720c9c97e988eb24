package cn.ggw.common;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Keeps personal values out of every log line, whoever writes it (our code, Hibernate's JDBC error
 * logger, the driver): the values PostgreSQL quotes ("Key (id_number)=(…)", "Failing row contains (…)"),
 * anything shaped like an ID number or a mobile number, in the message and in the stack trace's messages.
 * Installed on the console (and, in tests, the file) handler: {@code quarkus.log.console.filter=ggw-redact}.
 */
@LoggingFilter(name = "ggw-redact")
public final class LogRedaction implements Filter {

    private static final Pattern KEY_VALUES = Pattern.compile("(Key \\([^)]*\\))=\\(.*?\\)( already exists| is not present| conflicts|\\.|$)",
            Pattern.MULTILINE);
    private static final Pattern FAILING_ROW = Pattern.compile("(Failing row contains )\\(.*", Pattern.MULTILINE);
    private static final Pattern PARAMETER_VALUES = Pattern.compile("(?i)(parameter(?:s)? (?:values?|binding)[^\\n:]*:).*", Pattern.MULTILINE);
    /** 18-character ID numbers (and the older 15-digit ones), ASCII or full-width digits. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9０-９])[1-9１-９][0-9０-９]{16}[0-9０-９XxＸｘ](?![0-9０-９A-Za-z])|(?<![0-9])[1-9][0-9]{14}(?![0-9])");
    /** Mainland mobiles, with or without +86 and separators. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String clean = redact(formatted);
            if (clean != null && !clean.equals(formatted)) {
                ext.setMessage(clean, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getMessage() != null && record.getParameters() == null) {
            record.setMessage(redact(record.getMessage()));
        }
        if (record.getThrown() != null && !(record.getThrown() instanceof SafeLog.Redacted)) {
            record.setThrown(redacted(record.getThrown(), 0));
        }
        return true;
    }

    /** The text without personal values. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = KEY_VALUES.matcher(text).replaceAll("$1=(…)$2");
        s = FAILING_ROW.matcher(s).replaceAll("$1(…)");
        s = PARAMETER_VALUES.matcher(s).replaceAll("$1 (…)");
        s = ID_NUMBER.matcher(s).replaceAll("[ID number]");
        return MOBILE.matcher(s).replaceAll("[phone]");
    }

    /** A stand-in for the failure and its causes, same classes' names and stack traces, messages redacted. */
    static Throwable redacted(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        Throwable cause = failure.getCause() == failure ? null : redacted(failure.getCause(), depth + 1);
        String message = failure.getMessage();
        String text = failure.getClass().getName() + (message == null ? "" : ": " + redact(message));
        SafeLog.Redacted copy = new SafeLog.Redacted(text, cause);
        copy.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            Throwable s = redacted(suppressed, depth + 1);
            if (s != null) {
                copy.addSuppressed(s);
            }
        }
        return copy;
    }
}
