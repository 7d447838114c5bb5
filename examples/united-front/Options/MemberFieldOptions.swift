import Foundation
import ArgumentParser
import UnitedFront

/// One option per field of a member record, named after the field's English alias (`--birth-date`).
///
/// Coded fields take a code, a Chinese name or an alias (`--ethnicity 蒙古`, `--rank 副科级`). In a
/// change or correction an explicitly empty value (`--post ""`) clears the field; a field not given is
/// left as it is.
struct MemberFieldOptions: ParsableArguments {
    /// 姓名.
    @Option(help: "姓名.") var name: String?
    /// 曾用名, several separated by 、.
    @Option(help: "曾用名 (several separated by 、).") var formerNames: String?
    /// 性别.
    @Option(help: "性别: 男, 女 or a GB/T 2261.1 code (filled from a citizen ID).") var sex: String?
    /// 出生日期.
    @Option(help: "出生日期 YYYY-MM-DD (filled from a citizen ID).") var birthDate: String?
    /// 民族.
    @Option(help: "民族: name, short name or code (蒙古族, 蒙古, 02).") var ethnicity: String?
    /// 籍贯.
    @Option(help: "籍贯.") var nativePlace: String?
    /// 证件类型.
    @Option(help: "证件类型 (default 居民身份证; 护照, 回乡证, 台胞证 …).") var documentType: String?
    /// 签发国家/地区.
    @Option(help: "签发国家/地区 of a passport (美国, USA …).") var documentCountry: String?
    /// 证件号码.
    @Option(help: "证件号码 (a citizen ID is checked against GB 11643).") var documentNumber: String?
    /// 政治面貌.
    @Option(help: "政治面貌 (群众, 民盟, 无党派 …).") var politicalStatus: String?
    /// 学历.
    @Option(help: "学历 (GB/T 4658 name or code).") var education: String?
    /// 工作单位.
    @Option(help: "工作单位.") var workUnit: String?
    /// 职务.
    @Option(help: "职务.") var post: String?
    /// 职务层次.
    @Option(help: "职务层次 (副科级, 乡科级正职, 142 …).") var rank: String?
    /// 职级.
    @Option(help: "职级 (四级主任科员, 一级调研员 …).") var grade: String?
    /// 手机.
    @Option(help: "手机.") var mobile: String?
    /// 电子邮箱.
    @Option(help: "电子邮箱.") var email: String?
    /// 住址.
    @Option(help: "住址.") var address: String?
    /// 所属区划.
    @Option(help: "所属区划 (6-, 9- or 12-digit division code).") var region: String?
    /// 所属单位.
    @Option(help: "所属单位: the owning org unit's id (see `org tree`; `transfer` moves a member).") var orgUnit: String?
    /// 宗教信仰.
    @Option(help: "宗教信仰 (佛教, 伊斯兰教 …; masked in output unless --unmasked).") var religion: String?
    /// 教职.
    @Option(help: "教职 (masked in output unless --unmasked).") var clergyPost: String?
    /// 宗教活动场所.
    @Option(help: "宗教活动场所 (masked in output unless --unmasked).") var venue: String?
    /// 备注.
    @Option(help: "备注.") var notes: String?

    /// The fields given on the command line with their values, in field order; an empty value means
    /// "clear the field".
    var given: [(field: MemberField, value: String)] {
        let values: [(MemberField, String?)] = [
            (.name, name), (.formerNames, formerNames), (.sex, sex), (.birthDate, birthDate),
            (.ethnicity, ethnicity), (.nativePlace, nativePlace), (.documentType, documentType),
            (.documentCountry, documentCountry), (.documentNumber, documentNumber), (.politicalStatus, politicalStatus),
            (.education, education), (.workUnit, workUnit), (.post, post), (.rank, rank), (.grade, grade),
            (.mobile, mobile), (.email, email),
            (.address, address), (.region, region), (.orgUnit, orgUnit), (.religion, religion),
            (.clergyPost, clergyPost), (.venue, venue), (.notes, notes),
        ]
        return values.compactMap { field, value in value.map { (field, $0) } }
    }

    /// Writes the given fields into `record`; an empty value clears the field.
    func apply(to record: inout MemberRecord) {
        for (field, value) in given {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            record[field] = trimmed.isEmpty ? nil : value
        }
    }
}
