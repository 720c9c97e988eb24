package cn.ggw.testsupport;

import cn.ggw.volunteers.census.CensusFormat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a census file for tests and benchmarks ({@code ./ggw census-file}), and beside it
 * FILE.expected.tsv listing its bad rows (row, column, kind).
 */
public final class CensusFileMain {

    private static final String USAGE = """
            usage: census-file --out FILE [--rows N] [--bad-share 0.02] [--format xlsx|csv] [--encoding utf8|gb18030]
                               [--seed 1] [--units FILE] [--title] [--group-row]
              --rows N          data rows (default 1000)
              --bad-share X     share of deliberately bad rows, 0 to 1 (default 0.02)
              --format F        xlsx or csv (default: from the file name, else xlsx)
              --encoding E      for csv: utf8 (with BOM, default) or gb18030
              --seed S          same seed, same file (default 1)
              --units FILE      one unit per line, "村名" or "乡镇名/村名" (then a 所属乡镇 column is written)
              --title           a merged title row above the header (header on row 2, data from row 3)
              --group-row       a merged group-heading row right above the header
            """;

    private CensusFileMain() {
    }

    public static void main(String[] args) throws Exception {
        CensusFiles files = CensusFiles.census();
        Path out = null;
        String format = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--rows" -> files.rows(Integer.parseInt(value(args, ++i, arg).replace("_", "").replace(",", "")));
                case "--bad-share" -> files.badShare(Double.parseDouble(value(args, ++i, arg)));
                case "--format" -> format = value(args, ++i, arg).toLowerCase(Locale.ROOT);
                case "--encoding" -> files.encoding(switch (value(args, ++i, arg).toLowerCase(Locale.ROOT).replace("-", "")) {
                    case "utf8" -> CensusFiles.Encoding.UTF8;
                    case "gb18030", "gbk" -> CensusFiles.Encoding.GB18030;
                    default -> throw usage("unknown encoding " + args[i]);
                });
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--seed" -> files.seed(Long.parseLong(value(args, ++i, arg)));
                case "--units" -> files.units(units(Path.of(value(args, ++i, arg))));
                case "--title" -> files.title(true);
                case "--group-row" -> files.groupRow(true);
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> throw usage("unknown option " + arg);
            }
        }
        if (out == null) {
            throw usage("--out FILE is required");
        }
        if (format == null) {
            format = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "xlsx";
        }
        files.format(switch (format) {
            case "xlsx" -> CensusFormat.XLSX;
            case "csv" -> CensusFormat.CSV;
            default -> throw usage("unknown format " + format);
        });
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        long start = System.nanoTime();
        CensusFiles.Written written = files.write(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path expected = out.resolveSibling(out.getFileName() + ".expected.tsv");
        CensusFiles.writeExpected(written.badRows(), expected);
        System.out.printf(Locale.ROOT, "wrote %s: %,d data rows (rows %d–%d), %,d bad, %.1f MB in %.1f s%n", out, written.dataRows(),
                written.firstDataRow(), written.firstDataRow() + written.dataRows() - 1, written.badRows().size(),
                Files.size(out) / 1e6, millis / 1000.0);
        System.out.printf("bad rows: %s%n", expected);
    }

    private static List<CensusFiles.Unit> units(Path file) throws Exception {
        List<CensusFiles.Unit> units = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.replace("\uFEFF", "").strip())
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(CensusFiles.Unit::parse)
                .toList();
        if (units.isEmpty()) {
            throw usage(file + " lists no units");
        }
        return units;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw usage(option + " needs a value");
        }
        return args[i];
    }

    private static IllegalArgumentException usage(String problem) {
        System.err.println("census-file: " + problem);
        System.err.print(USAGE);
        System.exit(2);
        return new IllegalArgumentException(problem);
    }
}
