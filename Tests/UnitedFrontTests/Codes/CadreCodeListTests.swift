import Testing
@testable import UnitedFront

/// The code lists of release `010_code_lists_2026_11`: 政治安排 (kind, level, role), reserve-pool cultivation
/// and leaving a democratic party. Every static member of their typed values names a code of its list, and
/// the names and aliases people write resolve to those members.
@Suite("Code lists for 政治安排, cultivation and party exit")
struct CadreCodeListTests {
    let codes: CodeCatalog
    init() throws { codes = try Register.inMemory().codes }

    /// `members` are every static member of `Value` with its Chinese name: each resolves to a code of
    /// `Value.list` with that name, and the list has no code without a member.
    func expectMembers<Value: CodedValue>(
        _ members: [(value: Value, name: String)], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let list = try #require(codes[Value.list], "list \(Value.list) is missing", sourceLocation: sourceLocation)
        #expect(list.codes.map(\.code) == members.map(\.value.rawValue), "list order and members",
                sourceLocation: sourceLocation)
        let field = ValidationError.Field(rawValue: Value.list.rawValue)
        for (value, name) in members {
            let code = try #require(list.code(value.rawValue), "\(value) is not a code of \(Value.list)",
                                    sourceLocation: sourceLocation)
            #expect(code.name == name, "\(value)", sourceLocation: sourceLocation)
            #expect(codes.name(of: value) == name, sourceLocation: sourceLocation)
            #expect(try codes.resolve(value, field: field) == value, sourceLocation: sourceLocation)
            #expect(try codes.resolve(Value(name), field: field) == value, "\(name)", sourceLocation: sourceLocation)
        }
    }

    /// Each text resolves to its value in its list.
    func expectResolves<Value: CodedValue>(
        _ pairs: [(text: String, value: Value)], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let field = ValidationError.Field(rawValue: Value.list.rawValue)
        for (text, value) in pairs {
            #expect(try codes.resolve(Value(text), field: field) == value, "\(text)", sourceLocation: sourceLocation)
        }
    }

    /// `text` is refused with a ValidationError naming the list.
    func expectRefused<Value: CodedValue>(
        _ type: Value.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let field = ValidationError.Field(rawValue: Value.list.rawValue)
        #expect(throws: ValidationError(field: field, value: text, reason: .unknownCode(list: Value.list)),
                sourceLocation: sourceLocation) {
            try codes.resolve(Value(text), field: field)
        }
    }

    @Test("every ArrangementKind member is a code of arrangement_kind with its name")
    func arrangementKindMembers() throws {
        try expectMembers([
            (ArrangementKind.deputy, "人大代表"), (.cppccMember, "政协委员"),
            (.specialAppointee, "特约人员"), (.organisationPost, "团体职务"),
        ])
    }

    @Test("every ArrangementLevel member is a code of arrangement_level with its name")
    func arrangementLevelMembers() throws {
        try expectMembers([
            (ArrangementLevel.national, "全国"), (.provincial, "省"), (.municipal, "市"), (.county, "县"),
            (.township, "乡"),
        ])
    }

    @Test("every ArrangementRole member is a code of arrangement_role with its name")
    func arrangementRoleMembers() throws {
        try expectMembers([
            (ArrangementRole.chair, "主席"), (.viceChair, "副主席"), (.secretaryGeneral, "秘书长"),
            (.standingMember, "常委"), (.member, "委员"),
        ])
    }

    @Test("every CultivationKind member is a code of cultivation_kind with its name")
    func cultivationKindMembers() throws {
        try expectMembers([
            (CultivationKind.training, "培训"), (.secondment, "挂职"), (.practice, "实践锻炼"),
            (.assessment, "考察"),
        ])
    }

    @Test("every PartyExit member is a code of party_exit with its name")
    func partyExitMembers() throws {
        try expectMembers([
            (PartyExit.withdrawal, "退出"), (.strikeOff, "除名"), (.expulsion, "开除"), (.death, "去世"),
        ])
    }

    @Test("names and aliases resolve: 政协 is a kind, 常务委员 a role, 县级 a level")
    func aliases() throws {
        try expectResolves([
            ("政协", ArrangementKind.cppccMember), ("人大", .deputy), ("人民代表大会代表", .deputy),
            ("特约监察员", .specialAppointee), ("特约检察员", .specialAppointee), ("特约审计员", .specialAppointee),
            ("特约教育督导员", .specialAppointee), ("团体职务", .organisationPost), ("NPC_DEPUTY", .deputy),
        ])
        try expectResolves([
            ("县级", ArrangementLevel.county), ("区", .county), ("旗", .county), ("县级市", .county),
            ("县(市)", .county), ("县（市）", .county), ("省级", .provincial), ("自治区", .provincial),
            ("直辖市", .provincial), ("市级", .municipal), ("地", .municipal), ("州", .municipal),
            ("盟", .municipal), ("地(市)", .municipal), ("乡级", .township), ("镇", .township),
            ("苏木", .township), ("国家", .national),
        ])
        try expectResolves([
            ("常务委员", ArrangementRole.standingMember), ("常务委员会委员", .standingMember), ("主任", .chair),
            ("副主任", .viceChair), ("代表", .member), ("人大代表", .member), ("政协委员", .member),
        ])
        try expectResolves([("挂职锻炼", CultivationKind.secondment)])
        try expectResolves([
            ("死亡", PartyExit.death), ("病故", .death), ("退盟", .withdrawal), ("开除会籍", .expulsion),
        ])
    }

    @Test("the same text names different codes in different lists: 人大代表 is a kind and a role")
    func listsAreSeparate() throws {
        try expectResolves([("人大代表", ArrangementKind.deputy)])
        try expectResolves([("人大代表", ArrangementRole.member)])
        try expectResolves([("县级市", ArrangementLevel.county)])
        expectRefused(ArrangementLevel.self, "常委")
        expectRefused(ArrangementRole.self, "政协")
    }

    @Test("an unknown value is refused with a ValidationError naming its list")
    func unknownValues() {
        expectRefused(ArrangementKind.self, "党代表")
        expectRefused(ArrangementLevel.self, "村")
        expectRefused(ArrangementRole.self, "副秘书长")
        expectRefused(CultivationKind.self, "休假")
        expectRefused(PartyExit.self, "调离")
    }

    @Test("the lists are project lists that say where they come from")
    func metadata() throws {
        for id in [CodeListID.arrangementKind, .arrangementLevel, .arrangementRole, .cultivationKind, .partyExit] {
            let list = try #require(codes[id])
            #expect(list.standard == "UnitedFront", "\(id)")
            #expect(list.version == "1", "\(id)")
            #expect(list.source.hasPrefix("project-defined"), "\(id)")
        }
        #expect(codes[.arrangementKind]?.source.contains("GB/T 2261.6-2003") == true)
    }
}
