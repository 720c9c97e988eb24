package cn.ggw.testsupport;

import cn.ggw.volunteers.IdNumber;
import cn.ggw.volunteers.census.CensusFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Census files of any size for tests and benchmarks: the 五老 lists personnel departments send,
 * with invented people whose ID numbers pass the GB 11643 check but carry the region code
 * 229998, which no place has (the demo district uses 229999, so the two never collide), and a
 * share of deliberately bad rows whose real row numbers, columns and kinds are returned.
 *
 * <pre>
 * CensusFiles.Written w = CensusFiles.census().rows(10_000).badShare(0.02).title(true).write(dir.resolve("c.xlsx"));
 * w.badRows(); // [BadRow[row=53, column=D, kind=CHECK_DIGIT], …]
 * </pre>
 *
 * XLSX is written with SXSSF (a window of rows in memory, the rest streamed to disk), so a
 * million rows need no big heap; CSV is written as Excel writes it (UTF-8 with BOM, or GB18030).
 */
public final class CensusFiles {

    public enum Encoding { UTF8, GB18030 }

    /** The kinds of bad row, in the order they take turns. */
    public enum BadKind {
        /** 身份证号 with a wrong check character */
        CHECK_DIGIT,
        /** 身份证号 whose birth date does not exist (month 13, 30 February) */
        IMPOSSIBLE_DATE,
        /** 身份证号 born next year */
        FUTURE_DATE,
        /** 身份证号 of an earlier (good) row of the same file; the later row is the one listed */
        DUPLICATE_ID,
        /** 所在村/社区 that is not among the units */
        UNKNOWN_UNIT,
        /** 联系电话 that is neither a mobile nor a landline */
        BAD_PHONE,
        /** 性别 saying the opposite of the ID number */
        GENDER_MISMATCH,
        /** 姓名 left empty */
        EMPTY_NAME,
        /** 身份证号 stored as a number cell (XLSX only): Excel keeps 15 digits, the last three are lost */
        ID_AS_NUMBER
    }

    /** A bad row: the spreadsheet's row number, the column letter at fault, and the kind. */
    public record BadRow(int row, String column, BadKind kind) {
        public String tsv() {
            return row + "\t" + column + "\t" + kind;
        }
    }

    /**
     * @param headerRow    the header's row number (1, or 2 under a title or group row, 3 under both)
     * @param firstDataRow the first data row's number
     * @param headers      the header texts, column A first
     */
    public record Written(Path file, int dataRows, int headerRow, int firstDataRow, List<String> headers, List<BadRow> badRows) {
    }

    /** A unit a census row can name: a village or community, with its township when known. */
    public record Unit(String township, String name) {
        /** "村名" or "乡镇名/村名". */
        public static Unit parse(String line) {
            String text = line.strip();
            int slash = text.indexOf('/');
            return slash < 0 ? new Unit(null, text) : new Unit(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
        }
    }

    public static final String FAKE_REGION = "229998";
    public static final List<Unit> DEFAULT_UNITS = List.of(
            Unit.parse("平台镇/新立村"), Unit.parse("平台镇/永安村"), Unit.parse("平台镇/胜利村"),
            Unit.parse("东风乡/红星村"), Unit.parse("东风乡/前进村"), Unit.parse("东风乡/太平村"),
            Unit.parse("青山街道/铁东社区"), Unit.parse("青山街道/站前社区"), Unit.parse("长庆街道/民主社区"));

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
            "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪",
            "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦",
            "欧阳", "司马"};
    private static final String[] GIVEN_FIRST = {"建", "国", "淑", "秀", "玉", "桂", "志", "德", "文", "凤", "振", "永", "长", "春",
            "金", "丽", "宝", "树", "海", "明", "庆", "占", "福", "立", "守", "学"};
    private static final String[] GIVEN_SECOND = {"国", "华", "庆", "芬", "英", "兰", "强", "明", "珍", "山", "林", "生", "青", "远",
            "余", "民", "平", "军", "伟", "荣", "贵", "成", "义", "田", "清", "芝", "霞", "杰", "良", "富"};
    private static final String[] CATEGORIES = {"老干部", "老战士", "老专家", "老教师", "老模范"};
    private static final String[] AREAS = {"关爱帮扶", "思想道德教育", "网吧义务监督", "关工委领导岗位", "法制教育", "家庭教育", "其他"};
    private static final String[] EMPLOYERS = {"区教育局", "区人民医院", "区供销社", "区粮食局", "区农机站", "第三中学", "铁路工务段",
            "区武装部", "区财政局", "镇中心小学", "区水利局", "区法院", "区邮政局", "白城市第一中学"};
    private static final String[] POSTS = {"科长", "校长", "教师", "主任", "会计", "技术员", "村支书", "干部", "副局长", "医生", "工程师", "站长"};
    private static final String[] HEALTH = {"良好", "健康", "一般", "较好", "患有慢性病"};
    private static final String[] SKILLS = {"书法", "绘画", "摄影", "写作", "法律咨询", "心理辅导", "家电维修", "农业技术", "中医保健",
            "二胡", "唱歌", "象棋", "历史讲解", "剪纸"};
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
            "155", "156", "157", "158", "159", "177", "180", "182", "183", "186", "187", "188", "189", "199"};
    private static final String[] ROADS = {"幸福路", "胜利街", "长庆街", "新华路", "民主路", "文化街", "光明街"};
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private int rows = 1_000;
    private double badShare = 0.02;
    private CensusFormat format = CensusFormat.XLSX;
    private Encoding encoding = Encoding.UTF8;
    private long seed = 1;
    private List<Unit> units = DEFAULT_UNITS;
    private boolean title;
    private boolean groupRow;
    private LocalDate today = LocalDate.now(IdNumber.CHINA);

    private CensusFiles() {
    }

    public static CensusFiles census() {
        return new CensusFiles();
    }

    public CensusFiles rows(int rows) {
        if (rows < 0 || rows > 10_000_000) {
            throw new IllegalArgumentException("rows must be 0 to 10,000,000");
        }
        this.rows = rows;
        return this;
    }

    /** The share of bad rows, 0 to 1, spread evenly over the file. */
    public CensusFiles badShare(double badShare) {
        if (badShare < 0 || badShare > 1) {
            throw new IllegalArgumentException("bad share must be between 0 and 1");
        }
        this.badShare = badShare;
        return this;
    }

    public CensusFiles format(CensusFormat format) {
        this.format = format;
        return this;
    }

    public CensusFiles encoding(Encoding encoding) {
        this.encoding = encoding;
        return this;
    }

    public CensusFiles seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The units rows are spread over; when any has a township, a 所属乡镇 column is written. */
    public CensusFiles units(List<Unit> units) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("at least one unit");
        }
        this.units = List.copyOf(units);
        return this;
    }

    /** A title merged over all columns above the header ("五老人员花名册"). */
    public CensusFiles title(boolean title) {
        this.title = title;
        return this;
    }

    /** A row of merged group headings ("基本信息", "所在地", "五老情况") right above the header. */
    public CensusFiles groupRow(boolean groupRow) {
        this.groupRow = groupRow;
        return this;
    }

    /** The day ages and "in the future" are measured from (default: today in China). */
    public CensusFiles today(LocalDate today) {
        this.today = today;
        return this;
    }

    public Written write(Path out) {
        Plan plan = new Plan();
        try {
            if (format == CensusFormat.XLSX) {
                writeXlsx(out, plan);
            } else {
                writeCsv(out, plan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out, rows, plan.headerRow, plan.headerRow + 1, plan.headers, List.copyOf(plan.bad));
    }

    /** The sidecar a benchmark compares an import report with: "row column kind", tab-separated. */
    public static void writeExpected(List<BadRow> bad, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("row\tcolumn\tkind\n");
            for (BadRow row : bad) {
                out.write(row.tsv());
                out.write('\n');
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // what goes where

    /** Column layout and the rows generated so far (state that must not live in the builder). */
    private final class Plan {
        final boolean townships = units.stream().anyMatch(u -> u.township() != null);
        final List<String> headers = new ArrayList<>(List.of("序号", "姓名", "性别", "身份证号", "出生日期", "联系电话"));
        final int name = 1;
        final int gender = 2;
        final int id = 3;
        final int birth = 4;
        final int phone = 5;
        final int township;
        final int unit;
        final int headerRow;
        final List<BadRow> bad = new ArrayList<>();
        final Set<String> unitNames = units.stream().map(Unit::name).collect(Collectors.toSet());
        final Random random = new Random(seed);
        final LocalDate firstBirth = LocalDate.of(today.getYear() - 95, 1, 1);
        final int days = (int) ChronoUnit.DAYS.between(firstBirth, LocalDate.of(today.getYear() - 56, 12, 31)) + 1;
        final long idSpace = days * 1000L;
        final long idOffset = Math.floorMod(seed * 7_919_993L + 12_345L, idSpace);
        /** earlier good rows, for DUPLICATE_ID */
        final Person[] recent = new Person[64];
        int recentCount;
        int kindTurn;

        Plan() {
            township = townships ? headers.size() : -1;
            if (townships) {
                headers.add("所属乡镇");
            }
            unit = headers.size();
            headers.addAll(List.of("所在村/社区", "五老类别", "原工作单位", "原职务", "离退休类别", "健康状况", "特长", "发挥作用领域", "家庭住址"));
            headerRow = 1 + (title ? 1 : 0) + (groupRow ? 1 : 0);
        }

        boolean isBad(int i) {
            return Math.floor((i + 1) * badShare) > Math.floor(i * badShare);
        }

        /** Row i (0-based) of the data, with its defect if it is a bad one. */
        Person person(int i) {
            Person p = goodPerson(i);
            if (!isBad(i)) {
                recent[recentCount++ % recent.length] = p;
                return p;
            }
            // a CSV cell has no type: an ID "stored as a number" cannot happen there
            int turns = format == CensusFormat.XLSX ? BadKind.values().length : BadKind.values().length - 1;
            BadKind kind = BadKind.values()[kindTurn++ % turns];
            if (kind == BadKind.ID_AS_NUMBER && !losesDigitsAsNumber(p.id)) {
                kind = BadKind.CHECK_DIGIT;
            }
            if (kind == BadKind.DUPLICATE_ID && recentCount == 0) {
                kind = BadKind.CHECK_DIGIT;
            }
            int rowNumber = headerRow + 1 + i;
            int column = id;
            switch (kind) {
                case CHECK_DIGIT -> {
                    char right = p.id.charAt(17);
                    char wrong = right == '0' ? '1' : right == 'X' ? '2' : (char) (right == '9' ? '0' : right + 1);
                    p.id = p.id.substring(0, 17) + wrong;
                }
                case IMPOSSIBLE_DATE -> {
                    String date = i % 2 == 0 ? p.birth.getYear() + "13" + String.format("%02d", 1 + random.nextInt(28))
                            : p.birth.getYear() + "0230";
                    p.id = withCheck(FAKE_REGION + date + p.id.substring(14, 17));
                    p.birthText = "";
                    p.birth = null;
                }
                case FUTURE_DATE -> {
                    LocalDate future = today.plusYears(1).withDayOfYear(1 + random.nextInt(300));
                    p.id = withCheck(FAKE_REGION + future.toString().replace("-", "") + p.id.substring(14, 17));
                    p.birthText = "";
                    p.birth = null;
                }
                case DUPLICATE_ID -> {
                    Person earlier = recent[random.nextInt(Math.min(recentCount, recent.length))];
                    p.id = earlier.id;
                    p.gender = earlier.gender;
                    p.birth = earlier.birth;
                    p.birthText = earlier.birthText;
                }
                case UNKNOWN_UNIT -> {
                    String name;
                    int n = i;
                    do {
                        name = "无此" + GIVEN_SECOND[Math.floorMod(n++, GIVEN_SECOND.length)] + "村";
                    } while (unitNames.contains(name));
                    p.unit = name;
                    column = unit;
                }
                case BAD_PHONE -> {
                    p.phone = p.phone.substring(0, 10);
                    column = phone;
                }
                case GENDER_MISMATCH -> {
                    p.gender = "男".equals(p.gender) ? "女" : "男";
                    column = gender;
                }
                case EMPTY_NAME -> {
                    p.name = "";
                    column = name;
                }
                case ID_AS_NUMBER -> p.idAsNumber = true;
                default -> throw new IllegalStateException();
            }
            bad.add(new BadRow(rowNumber, letter(column), kind));
            return p;
        }

        private Person goodPerson(int i) {
            Person p = new Person();
            p.number = i + 1;
            long k = Math.floorMod(i * 1_000_003L + idOffset, idSpace);
            p.birth = firstBirth.plusDays(k / 1000);
            String sequence = String.format("%03d", k % 1000);
            p.id = withCheck(FAKE_REGION + p.birth.toString().replace("-", "") + sequence);
            boolean male = (sequence.charAt(2) - '0') % 2 == 1;
            p.gender = male ? "男" : "女";
            p.birthText = birthText(p.birth, i);
            p.name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN_FIRST[random.nextInt(GIVEN_FIRST.length)]
                    + (random.nextInt(4) == 0 ? "" : GIVEN_SECOND[random.nextInt(GIVEN_SECOND.length)]);
            p.phone = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
            Unit home = units.get(random.nextInt(units.size()));
            p.township = home.township() == null ? "" : home.township();
            p.unit = home.name();
            p.categories = pick(CATEGORIES, 1 + (random.nextInt(4) == 0 ? 1 : 0));
            p.employer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
            p.post = POSTS[random.nextInt(POSTS.length)];
            p.retirement = p.birth.getYear() <= 1934 && random.nextBoolean() ? "离休"
                    : random.nextInt(10) == 0 ? "提前退出领导岗位" : "退休";
            p.health = HEALTH[random.nextInt(HEALTH.length)];
            p.skills = random.nextInt(3) == 0 ? "" : pick(SKILLS, 1 + random.nextInt(2));
            p.areas = pick(AREAS, 1 + random.nextInt(2));
            p.address = p.township + p.unit + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(200)) + "号";
            return p;
        }

        /** CSV dates the ways clerks type them; XLSX writes date cells instead. */
        private String birthText(LocalDate birth, int i) {
            return switch (i % 7) {
                case 4 -> birth.getYear() + "/" + birth.getMonthValue() + "/" + birth.getDayOfMonth();
                case 5 -> birth.getYear() + "年" + birth.getMonthValue() + "月" + birth.getDayOfMonth() + "日";
                case 6 -> birth.getYear() + "." + String.format("%02d", birth.getMonthValue());
                default -> birth.toString();
            };
        }

        private String pick(String[] from, int count) {
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                String word = from[random.nextInt(from.length)];
                if (!chosen.contains(word)) {
                    chosen.add(word);
                }
            }
            return String.join("、", chosen);
        }

        String[] values(Person p) {
            List<String> v = new ArrayList<>(List.of(String.valueOf(p.number), p.name, p.gender, p.id, p.birthText, p.phone));
            if (townships) {
                v.add(p.township);
            }
            v.addAll(List.of(p.unit, p.categories, p.employer, p.post, p.retirement, p.health, p.skills, p.areas, p.address));
            return v.toArray(String[]::new);
        }

        /** The group headings over the columns: [first column, last column, text]. */
        List<Object[]> groups() {
            return List.of(new Object[] {0, phone, "基本信息"}, new Object[] {phone + 1, unit, "所在地"},
                    new Object[] {unit + 1, headers.size() - 1, "五老情况"});
        }
    }

    /** One generated person, as the cells will show them. */
    private static final class Person {
        int number;
        String name;
        String gender;
        String id;
        boolean idAsNumber;
        LocalDate birth;
        String birthText;
        String phone;
        String township;
        String unit;
        String categories;
        String employer;
        String post;
        String retirement;
        String health;
        String skills;
        String areas;
        String address;
    }

    // ------------------------------------------------------------------------------------------
    // writing

    private void writeXlsx(Path out, Plan plan) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, false)) {
            Sheet sheet = wb.createSheet("五老花名册");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int last = plan.headers.size() - 1;
            int r = 0;
            if (title) {
                sheet.createRow(r).createCell(0).setCellValue("五老人员花名册（生成的测试数据）");
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                r++;
            }
            if (groupRow) {
                Row row = sheet.createRow(r);
                for (Object[] g : plan.groups()) {
                    row.createCell((int) g[0]).setCellValue((String) g[2]);
                    if ((int) g[1] > (int) g[0]) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, (int) g[0], (int) g[1]));
                    }
                }
                r++;
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c <= last; c++) {
                header.createCell(c).setCellValue(plan.headers.get(c));
            }
            sheet.setDefaultColumnStyle(plan.id, text);
            for (int i = 0; i < rows; i++) {
                Person p = plan.person(i);
                String[] values = plan.values(p);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.number);
                for (int c = 1; c < values.length; c++) {
                    if (values[c].isEmpty() && c != plan.birth) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (c == plan.id) {
                        if (p.idAsNumber) {
                            cell.setCellValue(Double.parseDouble(p.id));
                        } else {
                            cell.setCellStyle(text);
                            cell.setCellValue(p.id);
                        }
                    } else if (c == plan.birth) {
                        if (p.birth != null && !p.birthText.isEmpty()) {
                            cell.setCellStyle(date);
                            cell.setCellValue(p.birth);
                        }
                    } else {
                        cell.setCellValue(values[c]);
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private void writeCsv(Path out, Plan plan) throws IOException {
        Charset charset = encoding == Encoding.GB18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        try (BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(out), charset), 1 << 16);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            if (encoding == Encoding.UTF8) {
                writer.write('\uFEFF');
            }
            int width = plan.headers.size();
            if (title) {
                String[] row = new String[width];
                Arrays.fill(row, "");
                row[0] = "五老人员花名册（生成的测试数据）";
                csv.printRecord((Object[]) row);
            }
            if (groupRow) {
                String[] row = new String[width];
                Arrays.fill(row, "");
                for (Object[] g : plan.groups()) {
                    row[(int) g[0]] = (String) g[2];
                }
                csv.printRecord((Object[]) row);
            }
            csv.printRecord(plan.headers);
            for (int i = 0; i < rows; i++) {
                csv.printRecord((Object[]) plan.values(plan.person(i)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // odd files

    /**
     * A small workbook with formulas, as clerks leave them. Header on row 1 (姓名 身份证号 出生日期
     * 年龄 备注); row 2: 年龄 {@code =2026-YEAR(C2)} with its cached result 76 and 备注 {@code ="A"&"B"}
     * cached as "AB"; row 3: 年龄 {@code =2026-YEAR(C3)} never computed (as written by a program
     * that does not evaluate formulas); row 4: 年龄 {@code =NA()} cached as the error #N/A.
     */
    public static void formulaWorkbook(Path out) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row header = sheet.createRow(0);
            String[] headers = {"姓名", "身份证号", "出生日期", "年龄", "备注"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            String[] names = {"张三", "李四", "王五"};
            for (int i = 0; i < names.length; i++) {
                Row row = sheet.createRow(i + 1);
                LocalDate birth = LocalDate.of(1950, 1 + i, 1);
                row.createCell(0).setCellValue(names[i]);
                row.createCell(1).setCellValue(withCheck(FAKE_REGION + birth.toString().replace("-", "") + "01" + (2 * i + 1)));
                Cell born = row.createCell(2);
                born.setCellStyle(date);
                born.setCellValue(birth);
            }
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Cell cached = sheet.getRow(1).createCell(3);
            cached.setCellFormula("2026-YEAR(C2)");
            evaluator.evaluateFormulaCell(cached);
            Cell text = sheet.getRow(1).createCell(4);
            text.setCellFormula("\"A\"&\"B\"");
            evaluator.evaluateFormulaCell(text);
            org.apache.poi.xssf.usermodel.XSSFCell uncomputed = (org.apache.poi.xssf.usermodel.XSSFCell) sheet.getRow(2).createCell(3);
            uncomputed.setCellFormula("2026-YEAR(C3)");
            if (uncomputed.getCTCell().isSetV()) {
                uncomputed.getCTCell().unsetV();
            }
            Cell error = sheet.getRow(3).createCell(3);
            error.setCellFormula("NA()");
            evaluator.evaluateFormulaCell(error);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    // ------------------------------------------------------------------------------------------

    static String withCheck(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    /** Whether the ID, stored as a number and shown with Excel's 15 digits, no longer passes the check. */
    static boolean losesDigitsAsNumber(String id) {
        if (id.endsWith("X")) {
            return false;
        }
        String shown = new BigDecimal(Double.parseDouble(id)).round(EXCEL_PRECISION).toPlainString();
        try {
            IdNumber.parse(shown);
            return false;
        } catch (IdNumber.Invalid e) {
            return true;
        }
    }

    /** "A" for 0, "AB" for 27. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
