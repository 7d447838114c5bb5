import CrashHarness
import UnitedFront
import UnitedFrontTestSupport

/// Member sheets (CSV, as Excel writes them) for the crash writer's imports: new people with citizen IDs,
/// rows that update members already registered, and deliberately bad rows whose documents are valid (so
/// the harness can prove they were never written).
struct SheetMaker {
    /// One row: its CSV line and what it is.
    struct Row {
        enum Kind { case new, update, bad }
        let kind: Kind
        let document: String
        let line: String
    }

    static let header = "姓名,性别,出生日期,民族,证件号码,政治面貌,学历,工作单位,职务,统战类别,类别起始日期,代表层级"

    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "乌", "欧阳", "司马", "巴"]
    static let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
                        "其木格", "巴特尔", "建国", "海燕"]
    static let units = ["呼和浩特市第一医院", "内蒙古大学", "青城乳业集团有限公司", "新城区教育局", "锡林路街道办事处",
                        "赛罕区律师事务所", "北方设计研究院", "草原文化传媒工作室"]
    static let posts = ["主任医师", "教授", "董事长", "副局长", "科员", "律师", "总工程师", "负责人"]

    /// A random name.
    static func name(_ random: inout CrashRandom) -> String {
        random.pick(surnames) + random.pick(given) + (random.chance(0.5) ? random.pick(given) : "")
    }

    /// A citizen ID for someone born between 1955 and 1996 in 新城区, and its birth date.
    static func citizen(_ random: inout CrashRandom) -> (document: String, born: LocalDate) {
        let born = LocalDate(year: Int.random(in: 1955...1996, using: &random), month: Int.random(in: 1...12, using: &random),
                             day: Int.random(in: 1...28, using: &random))!
        return (citizenID("150102", born: born.iso8601, sequence: Int.random(in: 0...999, using: &random)), born)
    }

    /// A row registering a new person; `bad` spoils one cell (an unknown 民族, or a birth date that
    /// contradicts the ID) and keeps the document valid.
    static func newRow(document: String, born: LocalDate, effective: LocalDate, bad: Bool, _ random: inout CrashRandom) -> Row {
        let ethnicity = random.pick(["汉族", "汉族", "蒙古族", "回族", "满族"])
        let status = random.pick(["群众", "群众", "群众", "民盟", "九三学社"])
        var categories = [random.pick(["党外知识分子", "新的社会阶层人士", "非公有制经济人士"])]
        if ethnicity != "汉族" { categories.append("少数民族人士") }
        if status != "群众" { categories.append("民主党派成员") }
        let since = effective.adding(days: -Int.random(in: 0...2000, using: &random))
        var cells = [name(&random), "", random.chance(0.5) ? born.iso8601 : "", ethnicity, document, status,
                     random.pick(["大学本科毕业", "硕士研究生毕业", "博士研究生毕业"]), random.pick(units), random.pick(posts),
                     categories.joined(separator: "、"), since.iso8601, random.pick(["一般", "一般", "代表人士"])]
        if bad {
            if random.chance(0.5) { cells[3] = "火星族" } else { cells[2] = born.adding(days: 3).iso8601 }
        }
        return Row(kind: bad ? .bad : .new, document: document, line: cells.joined(separator: ","))
    }

    /// A row updating the member `name` holding `document`: another work unit or post.
    static func updateRow(name: String, document: String, _ random: inout CrashRandom) -> Row {
        let cells = [name, "", "", "", document, "", "", random.pick(units), random.pick(posts), "", "", ""]
        return Row(kind: .update, document: document, line: cells.joined(separator: ","))
    }

    /// The sheet's text: the header and the rows, CRLF line ends as Excel writes them.
    static func text(_ rows: [Row]) -> String {
        ([header] + rows.map(\.line)).joined(separator: "\r\n") + "\r\n"
    }
}
