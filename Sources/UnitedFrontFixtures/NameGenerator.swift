/// Chinese personal names by ethnic group: Han names (weighted common surnames, one or two given
/// characters that follow the fashion of the birth decade), Han-style names with the surnames typical
/// of 回族, 壮族, 满族, 朝鲜族 …, and the naming traditions of 蒙古族 (巴特尔, 乌云其木格), 藏族
/// (扎西顿珠, 卓玛), 维吾尔族 and 哈萨克族 (阿依古丽·买买提: own name · father's name).
enum NameGenerator {
    /// A name for a person of GB/T 3304 `ethnicity` and GB/T 2261.1 `sex` born in `birthYear`.
    static func name(ethnicity: String, sex: String, birthYear: Int, random: inout SeededRandom) -> String {
        let male = sex == "1"
        switch ethnicity {
        case "02":  // 蒙古族: most carry a Mongolian name; some a Han-style one with a Mongolian surname.
            return random.percent(65) ? mongolian(male: male, random: &random)
                : han(surnames: NameTables.mongolianSurnames, male: male, birthYear: birthYear, random: &random)
        case "04", "54":  // 藏族, 门巴族
            return tibetan(male: male, random: &random)
        case "05", "43", "29":  // 维吾尔族, 乌孜别克族, 柯尔克孜族
            return patronymic(own: male ? NameTables.uyghurMale : NameTables.uyghurFemale,
                              father: NameTables.uyghurMale, random: &random)
        case "17":  // 哈萨克族
            return patronymic(own: male ? NameTables.kazakhMale : NameTables.kazakhFemale,
                              father: NameTables.kazakhMale, random: &random)
        default:
            return han(surnames: NameTables.surnames(for: ethnicity), male: male, birthYear: birthYear, random: &random)
        }
    }

    /// Surname plus one (about a third of people) or two given characters.
    static func han(surnames: [(String, Int)], male: Bool, birthYear: Int, random: inout SeededRandom) -> String {
        let surname = random.weighted(surnames)
        let older = birthYear < 1975
        let singles = male ? NameTables.maleSingle : NameTables.femaleSingle
        if random.percent(older ? 25 : 35) {
            return surname + random.element(of: singles)
        }
        let firsts = male ? (older ? NameTables.maleFirstOlder : NameTables.maleFirstYounger)
            : (older ? NameTables.femaleFirstOlder : NameTables.femaleFirstYounger)
        let seconds = male ? NameTables.maleSecond : NameTables.femaleSecond
        var first = random.element(of: firsts)
        var second = random.element(of: seconds)
        if first == second || String(surname.last!) == first { first = random.element(of: firsts) }
        if first == second { second = random.element(of: singles) }
        return surname + first + second
    }

    /// 巴特尔, 孟和巴特尔, 乌云其木格, 斯琴高娃.
    static func mongolian(male: Bool, random: inout SeededRandom) -> String {
        if random.percent(55) {
            return random.element(of: male ? NameTables.mongolianMale : NameTables.mongolianFemale)
        }
        let prefix = random.element(of: male ? NameTables.mongolianMalePrefix : NameTables.mongolianFemalePrefix)
        var suffix = random.element(of: male ? NameTables.mongolianMaleSuffix : NameTables.mongolianFemaleSuffix)
        if suffix == prefix { suffix = male ? "巴特尔" : "其木格" }
        return prefix + suffix
    }

    /// 扎西顿珠, 次仁卓玛, 格桑拉姆; sometimes a single element (卓玛, 多吉).
    static func tibetan(male: Bool, random: inout SeededRandom) -> String {
        let firsts = male ? NameTables.tibetanMaleFirst : NameTables.tibetanFemaleFirst
        let seconds = male ? NameTables.tibetanMaleSecond : NameTables.tibetanFemaleSecond
        if random.percent(12) { return random.element(of: seconds) }
        let first = random.element(of: firsts)
        var second = random.element(of: seconds)
        if second == first { second = male ? "多吉" : "卓玛" }
        return first + second
    }

    /// `own·father`, the transliteration convention of 维吾尔族 and 哈萨克族 names (U+00B7 middle dot).
    static func patronymic(own: [String], father: [String], random: inout SeededRandom) -> String {
        let given = random.element(of: own)
        var fathers = random.element(of: father)
        if fathers == given { fathers = father[(father.firstIndex(of: fathers)! + 1) % father.count] }
        return given + "\u{00B7}" + fathers
    }
}
