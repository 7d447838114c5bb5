import Testing
@testable import UnitedFront

/// The code lists of release `013_code_lists_2026_12` (issue #9): industry (GB/T 4754-2017), enterprise scale, registration
/// type, person ↔ enterprise role, organisation kind and post, family and social relations (GB/T 4761-2008), engagement
/// kinds and honour levels. Every static member of their typed values names a code of its list with its Chinese name in a
/// fresh register, and the spellings real sheets use resolve to those members.
@Suite("Code lists for enterprises, organisations, relations and engagements")
struct EnterpriseCodeListTests {
    let codes: CodeCatalog
    init() throws { codes = try Register.inMemory().codes }

    /// Each member resolves to a code of `Value.list` with that name, and its name resolves back to it. With `complete`,
    /// the list has no code without a member, in list order.
    func expectMembers<Value: CodedValue>(
        _ members: [(value: Value, name: String)], complete: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let list = try #require(codes[Value.list], "list \(Value.list) is missing", sourceLocation: sourceLocation)
        if complete {
            #expect(list.codes.map(\.code) == members.map(\.value.rawValue), "list order and members",
                    sourceLocation: sourceLocation)
        }
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

    // MARK: industry

    @Test("every Industry member is a 门类 of GB/T 4754-2017 with its name")
    func industryMembers() throws {
        try expectMembers([
            (Industry.agriculture, "农、林、牧、渔业"), (.mining, "采矿业"), (.manufacturing, "制造业"),
            (.utilities, "电力、热力、燃气及水生产和供应业"), (.construction, "建筑业"), (.wholesaleAndRetail, "批发和零售业"),
            (.transportAndStorage, "交通运输、仓储和邮政业"), (.accommodationAndCatering, "住宿和餐饮业"),
            (.informationTechnology, "信息传输、软件和信息技术服务业"), (.finance, "金融业"), (.realEstate, "房地产业"),
            (.leasingAndBusinessServices, "租赁和商务服务业"), (.scientificResearch, "科学研究和技术服务业"),
            (.waterEnvironmentAndPublicFacilities, "水利、环境和公共设施管理业"),
            (.residentServices, "居民服务、修理和其他服务业"), (.education, "教育"), (.healthAndSocialWork, "卫生和社会工作"),
            (.cultureSportsAndEntertainment, "文化、体育和娱乐业"), (.publicAdministration, "公共管理、社会保障和社会组织"),
            (.internationalOrganisations, "国际组织"),
        ], complete: false)
        #expect(Industry.manufacturing == "C")
        #expect(Industry.wholesaleAndRetail == "F")
        #expect(Industry.informationTechnology == "I")
    }

    @Test("GB/T 4754-2017 has 20 门类 A–T and 97 大类 01–97, each 大类 under a 门类")
    func industryStructure() throws {
        let list = try #require(codes[.industry])
        let sections = list.codes.filter { $0.parent == nil }
        let divisions = list.codes.filter { $0.parent != nil }
        #expect(sections.map(\.code) == "ABCDEFGHIJKLMNOPQRST".map(String.init))
        #expect(divisions.map(\.code) == (1...97).map { $0 < 10 ? "0\($0)" : "\($0)" })
        #expect(list.codes.count == 117)
        let letters = Set(sections.map(\.code))
        for division in divisions {
            let parent = try #require(division.parent)
            #expect(letters.contains(parent), "\(division.code) has parent \(parent)")
            #expect(list.lookup(parent + division.code)?.code == division.code, "\(parent)\(division.code)")
        }
        // The ranges the standard gives each 门类 (本门类包括…大类), spot-checked.
        #expect(list.children(of: "A").map(\.code) == ["01", "02", "03", "04", "05"])
        #expect(list.children(of: "C").count == 31)
        #expect(list.children(of: "S").map(\.code) == ["91", "92", "93", "94", "95", "96"])
        #expect(list.code("05")?.name == "农、林、牧、渔专业及辅助性活动")
        #expect(list.code("36")?.name == "汽车制造业")
        #expect(list.code("65")?.name == "软件和信息技术服务业")
        #expect(list.standard == "GB/T 4754-2017")
    }

    @Test("大类 resolve by code, name and letter + code; a name shared with the 门类 resolves to the 门类")
    func industryAliases() throws {
        try expectResolves([
            ("36", Industry("36")), ("汽车制造业", "36"), ("C36", "36"), ("c36", "36"), ("I65", "65"),
            ("软件和信息技术服务业", "65"), ("批发业", "51"), ("农林牧渔业", .agriculture), ("批发零售业", .wholesaleAndRetail),
            ("住宿餐饮业", .accommodationAndCatering),
            // K/70, P/83 and T/97 share their names: the name is the 门类's; the 大类 answers to its code.
            ("房地产业", .realEstate), ("教育", .education), ("国际组织", .internationalOrganisations),
            ("70", "70"), ("K70", "70"), ("P83", "83"), ("T97", "97"),
        ])
        expectRefused(Industry.self, "U")
        expectRefused(Industry.self, "98")
        expectRefused(Industry.self, "开采辅助活动")  // the GB/T 4754-2011 name of 11
    }

    // MARK: enterprises

    @Test("every EnterpriseScale member is a code of enterprise_scale with its name")
    func enterpriseScaleMembers() throws {
        try expectMembers([
            (EnterpriseScale.large, "大型"), (.medium, "中型"), (.small, "小型"), (.micro, "微型"),
        ])
        try expectResolves([("大型企业", EnterpriseScale.large), ("微型企业", .micro), ("中", .medium)])
        expectRefused(EnterpriseScale.self, "小微")  // 小型 or 微型
        expectRefused(EnterpriseScale.self, "特大型")
    }

    @Test("every OwnershipType member is a 登记注册类型 code (or 个体工商户) with its name")
    func ownershipTypeMembers() throws {
        try expectMembers([
            (OwnershipType.state, "国有企业"), (.collective, "集体企业"), (.jointStockCooperative, "股份合作企业"),
            (.jointOperation, "联营企业"), (.limitedLiability, "有限责任公司"), (.jointStock, "股份有限公司"),
            (.privateEnterprise, "私营企业"), (.otherDomestic, "其他企业"), (.hongKongMacaoTaiwan, "港、澳、台商投资企业"),
            (.foreignInvested, "外商投资企业"), (.individual, "个体工商户"),
        ], complete: false)
        let list = try #require(codes[.ownershipType])
        #expect(list.children(of: "200").map(\.code) == ["210", "220", "230", "240"])
        #expect(list.children(of: "300").map(\.code) == ["310", "320", "330", "340"])
        #expect(OwnershipType.privateEnterprise == "170")
    }

    @Test("ownership aliases: 民营企业 is 私营企业, 港资 and 外企 find their groups; 股份制企业 stays unresolved")
    func ownershipTypeAliases() throws {
        try expectResolves([
            ("民营企业", OwnershipType.privateEnterprise), ("民营", .privateEnterprise), ("民企", .privateEnterprise),
            ("私企", .privateEnterprise), ("国企", .state), ("港澳台投资企业", .hongKongMacaoTaiwan),
            ("台资企业", .hongKongMacaoTaiwan), ("外企", .foreignInvested), ("外商投资", .foreignInvested),
            ("个体户", .individual), ("个体", .individual), ("有限公司", .limitedLiability), ("外资企业", "330"),
            ("中外合资企业", "310"), ("其他", .otherDomestic),
        ])
        expectRefused(OwnershipType.self, "股份制企业")  // 有限责任公司 and 股份有限公司
        expectRefused(OwnershipType.self, "混合所有制")
        expectRefused(OwnershipType.self, "400")
    }

    @Test("every EnterpriseRole member is a code of enterprise_role with its name; 股东 and 法人 resolve")
    func enterpriseRoleMembers() throws {
        try expectMembers([
            (EnterpriseRole.investor, "出资人"), (.legalRepresentative, "法定代表人"), (.chair, "董事长"),
            (.generalManager, "总经理"), (.executive, "高管"), (.partner, "合伙人"), (.other, "其他"),
        ])
        try expectResolves([
            ("股东", EnterpriseRole.investor), ("投资人", .investor), ("法人", .legalRepresentative),
            ("法人代表", .legalRepresentative), ("高级管理人员", .executive), ("副总经理", .executive),
            ("执行事务合伙人", .partner), ("总裁", .generalManager),
        ])
        expectRefused(EnterpriseRole.self, "员工")
        expectRefused(EnterpriseRole.self, "经理")
    }

    // MARK: organisations

    @Test("every OrganisationKind member is a code of organisation_kind; the 商会 kinds sit under CHAMBER")
    func organisationKindMembers() throws {
        try expectMembers([
            (OrganisationKind.federation, "工商联"), (.chamber, "商会"), (.remoteChamber, "异地商会"),
            (.industryChamber, "行业商会"), (.townshipChamber, "乡镇商会"), (.newStratumAssociation, "新联会"),
            (.overseasChineseFederation, "侨联"), (.westernReturnedScholars, "欧美同学会"), (.other, "其他"),
        ])
        let list = try #require(codes[.organisationKind])
        #expect(list.children(of: "CHAMBER").map(\.code) == ["CHAMBER_REMOTE", "CHAMBER_INDUSTRY", "CHAMBER_TOWNSHIP"])
        #expect(list.code("FEDERATION")?.parent == nil, "工商联 is not a 商会")
        try expectResolves([
            ("工商业联合会", OrganisationKind.federation), ("总商会", .federation),
            ("新的社会阶层人士联谊会", .newStratumAssociation), ("留学人员联谊会", .westernReturnedScholars),
            ("归国华侨联合会", .overseasChineseFederation), ("同业公会", .industryChamber), ("街道商会", .townshipChamber),
        ])
        expectRefused(OrganisationKind.self, "行业协会")
    }

    @Test("every OrganisationRole member is a code of organisation_role; 会长 is the chair")
    func organisationRoleMembers() throws {
        try expectMembers([
            (OrganisationRole.chair, "主席"), (.viceChair, "副主席"), (.secretaryGeneral, "秘书长"),
            (.standingCommittee, "常委"), (.executiveCommittee, "执委"), (.director, "理事"), (.member, "会员"),
            (.memberEnterprise, "会员企业"),
        ])
        try expectResolves([
            ("会长", OrganisationRole.chair), ("副会长", .viceChair), ("常务副会长", .viceChair),
            ("常务委员", .standingCommittee), ("执行委员", .executiveCommittee), ("企业会员", .memberEnterprise),
        ])
        expectRefused(OrganisationRole.self, "副秘书长")
    }

    // MARK: relations

    @Test("every Relation member is a GB/T 4761-2008 code (or a project code) with its name")
    func relationMembers() throws {
        try expectMembers([
            (Relation.spouse, "配偶"), (.husband, "夫"), (.wife, "妻"), (.son, "子"), (.sonInLaw, "女婿"),
            (.daughter, "女"), (.daughterInLaw, "儿媳"), (.grandchild, "孙子、孙女或外孙子、外孙女"), (.grandson, "孙子"),
            (.granddaughter, "孙女"), (.daughtersSon, "外孙子"), (.daughtersDaughter, "外孙女"), (.parent, "父母"),
            (.father, "父亲"), (.mother, "母亲"), (.grandparent, "祖父母或外祖父母"), (.paternalGrandfather, "祖父"),
            (.paternalGrandmother, "祖母"), (.maternalGrandfather, "外祖父"), (.maternalGrandmother, "外祖母"),
            (.sibling, "兄弟姐妹"), (.elderBrother, "兄"), (.youngerBrother, "弟"), (.elderSister, "姐姐"),
            (.youngerSister, "妹妹"), (.other, "其他"), (.otherRelative, "其他亲属"), (.nonRelative, "非亲属"),
            (.supportedRelative, "有长期扶养关系的其他亲属"), (.introducer, "介绍人"),
        ], complete: false)
        let list = try #require(codes[.relation])
        #expect(list.code("11")?.parent == "10")
        #expect(list.code("51")?.parent == "50")
        #expect(list.code("97")?.parent == "80")
        #expect(list.code("10")?.english == "my spouse", "read from the member's side")
        #expect(list.code("01") == nil, "本人 is not a relation")
        #expect(list.standard == "GB/T 4761-2008")
    }

    @Test("relation aliases: 爷爷, 外婆, 儿子, 丈夫, 扶养 …")
    func relationAliases() throws {
        try expectResolves([
            ("爷爷", Relation.paternalGrandfather), ("奶奶", .paternalGrandmother), ("外公", .maternalGrandfather),
            ("姥姥", .maternalGrandmother), ("外婆", .maternalGrandmother), ("儿子", .son), ("女儿", .daughter),
            ("丈夫", .husband), ("妻子", .wife), ("爱人", .spouse), ("哥哥", .elderBrother), ("妹", .youngerSister),
            ("孙子女", .grandchild), ("外孙子女", .grandchild), ("祖父母", .grandparent), ("外祖父母", .grandparent),
            ("父", .father), ("岳父", "55"), ("儿媳妇", .daughterInLaw), ("扶养亲属", .supportedRelative),
            ("my spouse", .spouse), ("亲属", .otherRelative),
        ])
        expectRefused(Relation.self, "本人")
        expectRefused(Relation.self, "户主")
        expectRefused(Relation.self, "同事")
    }

    @Test("the 侨眷 definition is expressible: spouse, parents, children and their spouses, siblings, grandparents, grandchildren, 扶养")
    func qiaojuanBasis() throws {
        let list = try #require(codes[.relation])
        let basis = Set(Relation.qiaojuanBasis.map(\.rawValue))
        for value in Relation.qiaojuanBasis {
            #expect(list.code(value.rawValue) != nil, "\(value)")
        }
        // The 华侨 is my spouse / child / parent / spouse's parent (I am the 华侨's child's spouse) / sibling /
        // grandchild / grandparent / a relative I have a 扶养 relationship with.
        for value: Relation in [
            .spouse, .husband, .wife, .son, .daughter, .parent, .father, .mother, "53", "54", "55", "56", .sibling,
            .elderBrother, .youngerSister, .grandchild, .grandson, .daughtersDaughter, .grandparent, .paternalGrandfather,
            .maternalGrandmother, .supportedRelative,
        ] {
            #expect(basis.contains(value.rawValue), "\(value)")
        }
        // The 华侨 is my son-in-law (I am the 华侨's parent-in-law), my sibling's spouse, an uncle, a non-relative …
        for value: Relation in [.sonInLaw, .daughterInLaw, "72", "76", "45", "65", "81", .otherRelative, .nonRelative, .introducer] {
            #expect(!basis.contains(value.rawValue), "\(value)")
        }
    }

    // MARK: engagements and honours

    @Test("every EngagementKind member is a code of engagement_kind with its name")
    func engagementKindMembers() throws {
        try expectMembers([
            (EngagementKind.visit, "走访"), (.training, "培训"), (.forum, "座谈"), (.fellowship, "联谊"),
            (.condolence, "慰问"), (.proposal, "建言"), (.problem, "问题诉求"), (.service, "社会服务"),
            (.donation, "捐赠"), (.talk, "宣讲"),
        ])
        try expectResolves([
            ("座谈会", EngagementKind.forum), ("走访慰问", .condolence), ("建言献策", .proposal), ("诉求", .problem),
            ("捐款", .donation), ("政策宣讲", .talk), ("联谊活动", .fellowship),
        ])
        expectRefused(EngagementKind.self, "聚餐")
    }

    @Test("every HonourLevel member is a code of honour_level with its name")
    func honourLevelMembers() throws {
        try expectMembers([
            (HonourLevel.national, "国家级"), (.provincial, "省级"), (.municipal, "市级"), (.county, "县级"),
            (.other, "其他"),
        ])
        try expectResolves([
            ("全国", HonourLevel.national), ("省部级", .provincial), ("地市级", .municipal), ("区级", .county),
        ])
        expectRefused(HonourLevel.self, "乡级")
    }

    // MARK: the release

    @Test("the lists say where they come from")
    func metadata() throws {
        for id in [CodeListID.enterpriseRole, .organisationKind, .organisationRole, .engagementKind, .honourLevel] {
            let list = try #require(codes[id])
            #expect(list.standard == "UnitedFront", "\(id)")
            #expect(list.version == "1", "\(id)")
            #expect(list.source.hasPrefix("project-defined"), "\(id)")
        }
        #expect(codes[.industry]?.source.contains("zmshe/capital") == true)
        #expect(codes[.relation]?.source.contains("GB/T 4761-2008") == true)
        #expect(codes[.ownershipType]?.standard.contains("登记注册类型") == true)
        #expect(codes[.enterpriseScale]?.standard.contains("2017") == true)
    }

    @Test("a database that applied 010_code_lists_2026_11 (migrations up to 012) gets the 013 lists and ends up like a new one")
    func upgradeFrom010Release() throws {
        let shipped = Array(Migration.all.prefix { $0.name <= "012_workflows" })
        #expect(shipped.last?.name == "012_workflows")
        #expect(shipped.filter { $0.name.contains("_code_lists") }.map(\.name)
            == ["002_code_lists", "005_code_lists_2026", "010_code_lists_2026_11"])
        #expect(Migration.all.map(\.name).contains("013_code_lists_2026_12"))

        let upgraded = try Connection(location: .inMemory)
        _ = try Migrator(migrations: shipped).migrate(upgraded, appliedAt: "2026-11-01T00:00:00.000Z")
        let shippedCodes = try CodeListReleaseTests.codes(upgraded)
        #expect(try CodeCatalog.load(upgraded)[.industry] == nil, "the 2026-11 release has no industry list")
        _ = try Migrator().migrate(upgraded, appliedAt: "2026-12-01T00:00:00.000Z")

        let fresh = try Connection(location: .inMemory)
        _ = try Migrator().migrate(fresh, appliedAt: "2026-12-01T00:00:00.000Z")

        #expect(try CodeListReleaseTests.codeRows(upgraded) == CodeListReleaseTests.codeRows(fresh))
        #expect(shippedCodes.isSubset(of: try CodeListReleaseTests.codes(fresh)), "a shipped code was removed")
        let catalog = try CodeCatalog.load(upgraded)
        for id in [CodeListID.industry, .enterpriseScale, .ownershipType, .enterpriseRole, .organisationKind,
                   .organisationRole, .relation, .engagementKind, .honourLevel] {
            #expect(catalog[id] != nil, "\(id)")
        }
        #expect(try upgraded.fetchAll("PRAGMA foreign_key_check") { $0.text(0) }.isEmpty)
    }
}
