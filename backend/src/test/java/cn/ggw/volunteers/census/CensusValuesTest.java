package cn.ggw.volunteers.census;

import cn.ggw.common.Messages;
import cn.ggw.volunteers.ActivityArea;
import cn.ggw.volunteers.Gender;
import cn.ggw.volunteers.RetirementType;
import cn.ggw.volunteers.VolunteerCategory;
import cn.ggw.volunteers.census.CensusValues.BirthDate;
import cn.ggw.volunteers.census.CensusValues.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CensusValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    @DisplayName("gender: 男/女, M/F, male/female in any case; anything else names the text")
    void gender() {
        assertEquals(Gender.MALE, CensusValues.gender(" 男 ").value());
        assertEquals(Gender.FEMALE, CensusValues.gender("女性").value());
        assertEquals(Gender.MALE, CensusValues.gender("M").value());
        assertEquals(Gender.FEMALE, CensusValues.gender("Female").value());
        assertNull(CensusValues.gender("").value());
        assertError(CensusValues.gender("未知"), CensusValues.GENDER_UNKNOWN, "未知");
    }

    @Test
    @DisplayName("categories: several, separated by 、 , ， ; ； / or spaces; an unknown word is named")
    void categories() {
        assertEquals(Set.of(VolunteerCategory.CADRE, VolunteerCategory.TEACHER), CensusValues.categories("老干部、老教师").value());
        assertEquals(Set.of(VolunteerCategory.CADRE, VolunteerCategory.VETERAN, VolunteerCategory.EXPERT, VolunteerCategory.TEACHER,
                VolunteerCategory.MODEL), CensusValues.categories("老干部,老战士，老专家; 老教师/老模范").value());
        assertEquals(Set.of(VolunteerCategory.EXPERT), CensusValues.categories("老专家　专家").value());
        assertEquals(Set.of(), CensusValues.categories(" ").value());
        assertError(CensusValues.categories("老干部、老党员"), CensusValues.CATEGORY_UNKNOWN, "老党员");
    }

    @Test
    @DisplayName("retirement type: 离休, 退休, and the ways of saying 提前退出领导岗位")
    void retirement() {
        assertEquals(RetirementType.LIXIU, CensusValues.retirementType("离休").value());
        assertEquals(RetirementType.TUIXIU, CensusValues.retirementType("退休（教师）").value());
        assertEquals(RetirementType.EARLY_RETIRED, CensusValues.retirementType("提前退出领导岗位").value());
        assertEquals(RetirementType.EARLY_RETIRED, CensusValues.retirementType("提前离岗").value());
        assertEquals(RetirementType.EARLY_RETIRED, CensusValues.retirementType("退出领导岗位").value());
        assertError(CensusValues.retirementType("在职"), CensusValues.RETIREMENT_UNKNOWN, "在职");
    }

    @Test
    @DisplayName("activity areas: the seven, several at once; an unknown one is named")
    void areas() {
        assertEquals(Set.of(ActivityArea.CARE, ActivityArea.MORAL_EDUCATION, ActivityArea.INTERNET_CAFE_SUPERVISION,
                        ActivityArea.COMMITTEE_POST, ActivityArea.LEGAL_EDUCATION, ActivityArea.FAMILY_EDUCATION, ActivityArea.OTHER),
                CensusValues.activityAreas("关爱帮扶、思想道德教育、网吧义务监督、关工委领导岗位、法制教育、家庭教育、其他").value());
        assertEquals(Set.of(ActivityArea.OTHER), CensusValues.activityAreas("其它").value());
        assertError(CensusValues.activityAreas("关爱帮扶，跳广场舞"), CensusValues.AREA_UNKNOWN, "跳广场舞");
    }

    @Test
    @DisplayName("skills: split, trimmed, without repeats; at most 50 characters each and 20 in all")
    void skills() {
        assertEquals(List.of("书法", "绘画", "二胡"), CensusValues.skills(" 书法、绘画，书法 二胡 ").value());
        assertEquals(List.of(), CensusValues.skills("").value());
        String long51 = "长".repeat(51);
        assertError(CensusValues.skills("书法、" + long51), CensusValues.SKILL_TOO_LONG, long51, 50);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("特长" + i);
        }
        assertError(CensusValues.skills(String.join("、", many)), CensusValues.SKILLS_TOO_MANY, 20);
        assertEquals(20, CensusValues.skills(String.join("、", many.subList(0, 20))).value().size());
    }

    @Test
    @DisplayName("birth dates as clerks type them, with the precision they were given")
    void birthDates() {
        BirthDate full = new BirthDate(1950, 1, 1);
        for (String text : List.of("1950-01-01", "1950/1/1", "1950.1.1", "1950年1月1日", "19500101", "1950-01-01 00:00:00", "１９５０－０１－０１")) {
            assertEquals(full, CensusValues.birthDate(text, TODAY).value(), text);
        }
        BirthDate month = new BirthDate(1950, 1, null);
        for (String text : List.of("1950-01", "1950.1", "1950年1月", "1950/01", "195001")) {
            assertEquals(month, CensusValues.birthDate(text, TODAY).value(), text);
        }
        assertTrue(month.agreesWith(LocalDate.of(1950, 1, 23)));
        assertFalse(month.agreesWith(LocalDate.of(1950, 2, 1)));
        assertFalse(full.agreesWith(LocalDate.of(1950, 1, 2)));
        assertEquals("1950-01", month.toString());
        assertNull(CensusValues.birthDate("", TODAY).value());
        assertError(CensusValues.birthDate("1950-13-01", TODAY), CensusValues.BIRTH_DATE_INVALID, "1950-13-01");
        assertError(CensusValues.birthDate("1950年2月30日", TODAY), CensusValues.BIRTH_DATE_INVALID, "1950年2月30日");
        assertError(CensusValues.birthDate("2026-12", TODAY), CensusValues.BIRTH_DATE_FUTURE, "2026-12");
        assertError(CensusValues.birthDate("2026-11-27", TODAY), CensusValues.BIRTH_DATE_FUTURE, "2026-11-27");
        assertTrue(CensusValues.birthDate("2026-11", TODAY).isOk());
        assertError(CensusValues.birthDate("1899-12-31", TODAY), CensusValues.BIRTH_DATE_TOO_EARLY, "1899-12-31");
        assertError(CensusValues.birthDate("五十年代", TODAY), CensusValues.BIRTH_DATE_FORMAT, "五十年代");
        assertError(CensusValues.birthDate("18264", TODAY), CensusValues.BIRTH_DATE_FORMAT, "18264");
    }

    @Test
    @DisplayName("text limits: name 50, employer and post 100, address and health 200; spaces inside a Chinese name are dropped")
    void textLimits() {
        assertEquals("王明", CensusValues.name("王\u3000 明").value());
        assertEquals("Maria Wang", CensusValues.name(" Maria Wang ").value());
        assertEquals("阿依古丽·买买提", CensusValues.name("阿依古丽 · 买买提").value());
        assertError(CensusValues.name("名".repeat(51)), CensusValues.TOO_LONG, 50, 51);
        assertTrue(CensusValues.name("名".repeat(50)).isOk());
        assertError(CensusValues.formerEmployer("单".repeat(101)), CensusValues.TOO_LONG, 100, 101);
        assertError(CensusValues.formerPost("职".repeat(101)), CensusValues.TOO_LONG, 100, 101);
        assertError(CensusValues.address("址".repeat(201)), CensusValues.TOO_LONG, 200, 201);
        assertError(CensusValues.health("康".repeat(201)), CensusValues.TOO_LONG, 200, 201);
        assertNull(CensusValues.address(" ").value());
    }

    @Test
    @DisplayName("an ID cell stored as a number, or shown in scientific notation by a CSV, is recognised")
    void idAsNumber() {
        BitSet numeric = new BitSet();
        numeric.set(1);
        CensusRow row = new CensusRow(5, List.of("张三", "229998195001011000", "2.29998E+17", "229998195001011235"), numeric, new BitSet());
        assertTrue(CensusValues.idNumberStoredAsNumber(row, 1));
        assertTrue(CensusValues.idNumberStoredAsNumber(row, 2));
        assertFalse(CensusValues.idNumberStoredAsNumber(row, 3));
        assertFalse(CensusValues.idNumberStoredAsNumber(row, 9));
    }

    @Test
    @DisplayName("every census message key has a Chinese and an English text, and its arguments fill in")
    void messages() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Class<?> type : List.of(CensusFileException.class, CensusValues.class)) {
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    keys.add((String) field.get(null));
                }
            }
        }
        assertTrue(keys.size() >= 18, keys::toString);
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh.properties");
        for (String key : keys) {
            assertTrue(english.containsKey(key), "English text for " + key);
            assertTrue(chinese.containsKey(key), "Chinese text for " + key);
        }
        assertEquals("特长“书法”太长：每项最多 50 个字。", Messages.text(Messages.CHINESE, CensusValues.SKILL_TOO_LONG, "书法", 50));
        assertEquals("Too long: at most 50 characters, this has 51.", Messages.text(Messages.ENGLISH, CensusValues.TOO_LONG, 50, 51));
        assertNotEquals(CensusFileException.XLS, Messages.text(Messages.CHINESE, CensusFileException.XLS));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CensusValuesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static void assertError(Result<?> result, String code, Object... args) {
        assertEquals(code, result.error(), () -> "value " + result.value());
        assertEquals(List.of(args), result.args());
    }
}
