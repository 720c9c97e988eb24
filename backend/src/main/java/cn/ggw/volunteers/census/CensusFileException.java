package cn.ggw.volunteers.census;

import java.util.List;

/**
 * A census file we cannot read, said in words a village clerk understands: {@link #code()} is a
 * message key (i18n/messages*.properties), {@link #args()} fill its {0}, {1}…
 */
public class CensusFileException extends RuntimeException {

    public static final String EMPTY = "import.file.empty";
    public static final String NOT_SPREADSHEET = "import.file.not-spreadsheet";
    public static final String XLS = "import.file.xls";
    public static final String ENCRYPTED = "import.file.encrypted";
    public static final String DAMAGED = "import.file.damaged";
    public static final String NO_DATA = "import.file.no-data";
    public static final String HEADERS_NOT_FOUND = "import.headers.not-found";

    private final String code;
    private final List<Object> args;

    public CensusFileException(String code, Object... args) {
        this(code, null, args);
    }

    public CensusFileException(String code, Throwable cause, Object... args) {
        super(code, cause);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
