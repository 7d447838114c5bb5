public import UnitedFront

/// A 华侨 and her 侨眷 relatives in 浙江省丽水市青田县 (331121), a 侨乡, across her return home.
///
/// | person (role) | history |
/// |---|---|
/// | 陈美玲 (`overseasChinese`) | 华侨 settled in Milan (长期居留权 since 2008, 22 months present: she passes the residence test), registered with her passport (普通护照 414) on 2019-10-08 (侨情调查, 代表人士); 重点代表人士 from 2022-02-01; returns to settle on 2024-03-18 (``returnedOn``): 归侨 from that day, and joins her mother's household as 女 |
/// | 陈国华 (`father`) | 侨眷 of his daughter (a relation: 女), certified and registered on 2020-01-06 as 户主 of 陈国华户; archived (deceased) on 2023-11-20, which ends his place in the household |
/// | 叶秀英 (`mother`) | 侨眷 of her daughter, certified and registered on 2020-01-06, in the household as 妻; 户主 from 2024-01-10 |
/// | 陈建军 (`brother`) | 侨眷 of his sister (a relation: 姐姐), registered on 2021-05-10, in the household as 子; joined 致公党 on 2022-08-01 |
///
/// Each 侨眷 holds a 侨情 record (``UnitedFront/OverseasRecord``) naming 陈美玲 as their relative and a
/// ``UnitedFront/RelationRecord`` saying what she is to them; they keep both when she comes home, since
/// the relatives of a 归侨 are 侨眷 too. Their `notes` still name her (`侨眷：女儿陈美玲为华侨，旅居意大利`).
public struct OverseasFamilyScenario: Sendable, Hashable {
    /// The member ids by role, and the family's household.
    public struct Roles: Sendable, Hashable {
        /// 陈美玲, the 华侨.
        public let overseasChinese: MemberID
        /// 陈国华, her father (archived 2023-11-20).
        public let father: MemberID
        /// 叶秀英, her mother.
        public let mother: MemberID
        /// 陈建军, her brother.
        public let brother: MemberID
        /// 陈国华户, the family's household.
        public let household: HouseholdID?
    }

    /// The district code of 青田县.
    public static let regionCode = "331121"
    /// The 华侨's passport number.
    public static let passportNumber = "E58213479"
    /// The father's death: his record is archived.
    public static let fatherArchivedOn: LocalDate = "2023-11-20"
    /// The brother joins 致公党.
    public static let brotherJoinedPartyOn: LocalDate = "2022-08-01"
    /// The 华侨 returns to settle in 青田: 归侨 from this day.
    public static let returnedOn: LocalDate = "2024-03-18"
    /// The mother becomes 户主 after the father's death.
    public static let motherHeadsHouseholdOn: LocalDate = "2024-01-10"

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
        var abroad = OverseasRecord(type: .huaqiao, country: "ITA")
        abroad.nationality = .china
        abroad.residenceRight = .longTerm
        abroad.residentSince = "2008-04-01"
        abroad.monthsPresent = 22
        let daughter = script.person(
            .overseasChinese, region: Self.regionCode, record: meiling, registered: "2019-10-08",
            recorded: "2019-10-12T10:00:00+08:00", actor: clerk, reason: "2019年侨情调查登记", source: "青田县归国华侨联合会",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .representative, source: .survey)],
            steps: [.add(.overseas(abroad, relative: nil), key: 0)])
        script.event(daughter, .tierChange, effective: "2022-02-01", recorded: "2022-02-10T09:20:00+08:00", actor: clerk,
                     reason: "当选青田县政协委员（侨界）", source: "青田县政协",
                     steps: [.changeTier(category: .overseasChinese, tier: .keyRepresentative, source: nil)])
        func qiaojuan() -> SyntheticRecord {
            var record = OverseasRecord(type: .qiaojuan)
            record.nationality = .china
            return .overseas(record, relative: daughter)
        }

        var guohua = relative("陈国华", sex: "1", born: "1955-03-02", sequence: 37, notes: "侨眷：女儿陈美玲为华侨，旅居意大利")
        guohua.workUnit = "退休"
        guohua.education = "41"
        guohua.address = "浙江省丽水市青田县鹤城街道解放街18号"
        var home = HouseholdRecord(name: "陈国华户")
        home.address = guohua.address
        home.region = "331121001"
        let father = script.person(
            .overseasChinese, region: Self.regionCode, record: guohua, registered: "2020-01-06",
            recorded: "2020-01-08T14:00:00+08:00", actor: clerk, reason: "侨眷身份认定（青侨认〔2020〕3号）",
            source: "青田县人民政府侨务办公室",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .general, source: .certified)],
            steps: [.add(qiaojuan(), key: 0), .add(.relation("30", relative: daughter, note: nil), key: 1),
                    .add(.household(home, index: 0, orgUnit: nil), key: 2), .add(.householdMembership(nil, household: 0), key: 3)])
        script.event(father, .archive, effective: Self.fatherArchivedOn, recorded: "2023-12-01T10:15:00+08:00", actor: clerk,
                     reason: "病故", source: "鹤城街道", steps: [.archive])

        var xiuying = relative("叶秀英", sex: "2", born: "1958-07-19", sequence: 28, notes: "侨眷：女儿陈美玲为华侨，旅居意大利")
        xiuying.workUnit = "退休"
        xiuying.education = "71"
        let mother = script.person(
            .overseasChinese, region: Self.regionCode, record: xiuying, registered: "2020-01-06",
            recorded: "2020-01-08T14:05:00+08:00", actor: clerk, reason: "侨眷身份认定（青侨认〔2020〕4号）",
            source: "青田县人民政府侨务办公室",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .general, source: .certified)],
            steps: [.add(qiaojuan(), key: 0), .add(.relation("30", relative: daughter, note: nil), key: 1),
                    .add(.householdMembership(.wife, household: 0), key: 2)])
        script.event(mother, .household, effective: Self.motherHeadsHouseholdOn, recorded: "2024-01-12T10:30:00+08:00", actor: clerk,
                     reason: "户主变更（原户主陈国华病故）", source: "鹤城街道",
                     steps: [.end(key: 2, as: .householdMembership(.wife, household: 0)),
                             .add(.householdMembership(nil, household: 0), key: 3)])

        var jianjun = relative("陈建军", sex: "1", born: "1986-12-01", sequence: 53, notes: "侨眷：姐姐陈美玲为华侨，旅居意大利")
        jianjun.workUnit = "青田县建军石雕工作室"
        jianjun.post = "负责人"
        jianjun.education = "31"
        jianjun.mobile = "13857812764"
        let brother = script.person(
            .overseasChinese, region: Self.regionCode, record: jianjun, registered: "2021-05-10",
            recorded: "2021-05-11T16:40:00+08:00", actor: clerk, reason: "侨眷身份认定（青侨认〔2021〕11号）",
            source: "青田县人民政府侨务办公室",
            memberships: [SyntheticMembership(category: .overseasChinese, tier: .general, source: .certified)],
            steps: [.add(qiaojuan(), key: 0), .add(.relation(.elderSister, relative: daughter, note: nil), key: 1),
                    .add(.householdMembership("20", household: 0), key: 2)])
        script.event(brother, .partyJoining, effective: Self.brotherJoinedPartyOn, recorded: "2022-08-09T10:00:00+08:00",
                     actor: clerk, reason: "致公党丽水市委员会新发展成员备案", source: "致公党丽水市委员会",
                     steps: [.set(.politicalStatus, "09"),
                             .enter(SyntheticMembership(category: .democraticParty, tier: .general, source: .selfReported))])
        var home2024 = abroad
        home2024.type = .guiqiao
        home2024.country = .china
        script.event(daughter, .overseasChange, effective: Self.returnedOn, recorded: "2024-03-25T15:10:00+08:00", actor: clerk,
                     reason: "华侨回国定居，登记为归侨", source: "青田县归国华侨联合会",
                     steps: [.set(.notes, "归侨，2024年自意大利米兰回国定居"), .set(.workUnit, "青田县华美进出口贸易有限公司"),
                             .change(key: 0, to: .overseas(home2024, relative: nil)),
                             .add(.householdMembership("30", household: 0), key: 1)])
        people = script.people
    }

    /// Writes the family's histories and returns the ids.
    /// - Throws: the register's errors (see ``Scenario`` on recording times).
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> Roles {
        let written = try HistoryWriter.write(people.flatMap(\.events), personCount: people.count, to: register, recording: recording)
        let ids = written.members
        return Roles(overseasChinese: ids[0], father: ids[1], mother: ids[2], brother: ids[3], household: written.context.households[0])
    }
}
