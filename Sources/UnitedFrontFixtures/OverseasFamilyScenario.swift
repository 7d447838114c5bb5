public import UnitedFront

/// A 华侨 and her 侨眷 relatives in 浙江省丽水市青田县 (331121), a 侨乡.
///
/// | person (role) | history |
/// |---|---|
/// | 陈美玲 (`overseasChinese`) | 华侨 settled in Milan, registered with her passport (普通护照 414) on 2019-10-08 (侨情调查, 代表人士); 重点代表人士 from 2022-02-01 |
/// | 陈国华 (`father`) | 侨眷, certified and registered on 2020-01-06; archived (deceased) on 2023-11-20 |
/// | 叶秀英 (`mother`) | 侨眷, certified and registered on 2020-01-06 |
/// | 陈建军 (`brother`) | 侨眷, registered on 2021-05-10; joined 致公党 on 2022-08-01 |
///
/// The register has no person-to-person relationship yet: each 侨眷's `notes` names the 华侨 they
/// derive from (`侨眷：女儿陈美玲为华侨，旅居意大利`).
public struct OverseasFamilyScenario: Sendable, Hashable {
    /// The member ids by role.
    public struct Roles: Sendable, Hashable {
        /// 陈美玲, the 华侨.
        public let overseasChinese: MemberID
        /// 陈国华, her father (archived 2023-11-20).
        public let father: MemberID
        /// 叶秀英, her mother.
        public let mother: MemberID
        /// 陈建军, her brother.
        public let brother: MemberID
    }

    /// The district code of 青田县.
    public static let regionCode = "331121"
    /// The 华侨's passport number.
    public static let passportNumber = "E58213479"
    /// The father's death: his record is archived.
    public static let fatherArchivedOn: LocalDate = "2023-11-20"
    /// The brother joins 致公党.
    public static let brotherJoinedPartyOn: LocalDate = "2022-08-01"

    /// The four people: the 华侨, father, mother, brother.
    public let people: [SyntheticPerson]

    /// The scenario.
    public init() {
        var script = ScenarioScript()
        let clerk = "丽水市青田县委统战部 叶干事"
        func relative(_ name: String, sex: String, born: LocalDate, sequence: Int, notes: String) -> MemberRecord {
            var record = MemberRecord(name: name)
            record.documentNumber = ScenarioScript.citizenID(Self.regionCode, born: born, sequence: sequence)
            record[.sex] = sex
            record.birthDate = born
            record.ethnicity = "01"
            record.nativePlace = "浙江青田"
            record.politicalStatus = "13"
            record.region = Self.regionCode
            record.notes = notes
            return record
        }

        var meiling = MemberRecord(name: "陈美玲")
        meiling.documentType = "414"
        meiling.documentNumber = Self.passportNumber
        meiling.sex = "2"
        meiling.birthDate = "1982-08-16"
        meiling.ethnicity = "01"
        meiling.nativePlace = "浙江青田"
        meiling.politicalStatus = "13"
        meiling.education = "31"
        meiling.workUnit = "意大利米兰华美贸易有限公司"
        meiling.post = "总经理"
        meiling.region = Self.regionCode
        meiling.notes = "华侨，2008年起定居意大利米兰，持有长期居留权"
        let daughter = script.person(
            .overseasChinese, region: Self.regionCode, record: meiling, registered: "2019-10-08",
            recorded: "2019-10-12T10:00:00+08:00", actor: clerk, reason: "2019年侨情调查登记", source: "青田县归国华侨联合会",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .representative, source: .survey)])
        script.event(daughter, .tierChange, effective: "2022-02-01", recorded: "2022-02-10T09:20:00+08:00", actor: clerk,
                     reason: "当选青田县政协委员（侨界）", source: "青田县政协",
                     steps: [.changeTier(category: .overseasChinese, tier: .keyRepresentative, source: nil)])

        var guohua = relative("陈国华", sex: "1", born: "1955-03-02", sequence: 37, notes: "侨眷：女儿陈美玲为华侨，旅居意大利")
        guohua.workUnit = "退休"
        guohua.education = "41"
        let father = script.person(
            .overseasChinese, region: Self.regionCode, record: guohua, registered: "2020-01-06",
            recorded: "2020-01-08T14:00:00+08:00", actor: clerk, reason: "侨眷身份认定（青侨认〔2020〕3号）",
            source: "青田县人民政府侨务办公室",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .general, source: .certified)])
        script.event(father, .archive, effective: Self.fatherArchivedOn, recorded: "2023-12-01T10:15:00+08:00", actor: clerk,
                     reason: "病故", source: "鹤城街道", steps: [.archive])

        var xiuying = relative("叶秀英", sex: "2", born: "1958-07-19", sequence: 28, notes: "侨眷：女儿陈美玲为华侨，旅居意大利")
        xiuying.workUnit = "退休"
        xiuying.education = "71"
        _ = script.person(
            .overseasChinese, region: Self.regionCode, record: xiuying, registered: "2020-01-06",
            recorded: "2020-01-08T14:05:00+08:00", actor: clerk, reason: "侨眷身份认定（青侨认〔2020〕4号）",
            source: "青田县人民政府侨务办公室",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .general, source: .certified)])

        var jianjun = relative("陈建军", sex: "1", born: "1986-12-01", sequence: 53, notes: "侨眷：姐姐陈美玲为华侨，旅居意大利")
        jianjun.workUnit = "青田县建军石雕工作室"
        jianjun.post = "负责人"
        jianjun.education = "31"
        jianjun.mobile = "13857812764"
        let brother = script.person(
            .overseasChinese, region: Self.regionCode, record: jianjun, registered: "2021-05-10",
            recorded: "2021-05-11T16:40:00+08:00", actor: clerk, reason: "侨眷身份认定（青侨认〔2021〕11号）",
            source: "青田县人民政府侨务办公室",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .general, source: .certified)])
        script.event(brother, .partyJoining, effective: Self.brotherJoinedPartyOn, recorded: "2022-08-09T10:00:00+08:00",
                     actor: clerk, reason: "致公党丽水市委员会新发展成员备案", source: "致公党丽水市委员会",
                     steps: [.set(.politicalStatus, "09"),
                             .enter(SyntheticMembership(category: .democraticParty, tier: .general, source: .selfReported))])
        people = script.people
    }

    /// Writes the family's histories and returns the ids.
    /// - Throws: the register's errors (see ``Scenario`` on recording times).
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> Roles {
        let ids = try HistoryWriter.write(people.flatMap(\.events), personCount: people.count, to: register,
                                          recording: recording).members
        return Roles(overseasChinese: ids[0], father: ids[1], mother: ids[2], brother: ids[3])
    }
}
