import Testing
@testable import UnitedFront

@Suite("National code lists")
struct CodeListTests {
    let codes = try! Register.inMemory().codes

    @Test("蒙古族, 蒙古, MG and 02 all name the same ethnicity")
    func ethnicityLookup() throws {
        let list = try #require(codes[.ethnicity])
        for text in ["02", "蒙古族", "蒙古", "MG", "mg", " 蒙古族 "] {
            #expect(list.lookup(text)?.code == "02", "\(text)")
        }
        #expect(list.lookup("火星族") == nil)
    }

    @Test("GB/T 3304 has all 56 ethnic groups with numeric and letter codes")
    func ethnicityIsComplete() throws {
        let list = try #require(codes[.ethnicity])
        let groups = list.codes.filter { Int($0.code).map { (1...56).contains($0) } ?? false }
        #expect(groups.count == 56)
        #expect(groups.allSatisfy { ($0.letter?.count ?? 0) == 2 })
        #expect(list.code("01")?.name == "汉族")
        #expect(list.code("05")?.letter == "UG")
        #expect(list.standard.hasPrefix("GB/T 3304"))
    }

    @Test("GB/T 4762 political status has 13 codes, democratic parties 04–11")
    func politicalStatus() throws {
        let list = try #require(codes[.politicalStatus])
        #expect(list.codes.count == 13)
        #expect(list.lookup("民盟")?.code == "05")
        #expect(list.lookup("九三学社")?.code == "10")
        #expect(list.lookup("无党派")?.code == "12")
        #expect(list.lookup("群众")?.code == "13")
    }

    @Test("GB/T 4658 education is hierarchical: 博士研究生毕业 sits under 研究生教育")
    func education() throws {
        let list = try #require(codes[.education])
        #expect(list.code("11")?.parent == "10")
        #expect(list.code("21")?.parent == "20")
        #expect(list.children(of: "10").count >= 9)
        #expect(list.lookup("本科") != nil)
    }

    @Test("the cadre rank ladder runs from 办事员 to 国家级正职, 副科级 below 正科级")
    func cadreRankLadder() throws {
        let list = try #require(codes[.cadreRank])
        let names = list.codes.sorted { $0.position < $1.position }.map(\.code)
        #expect(names == ["160", "150", "142", "141", "132", "131", "122", "121", "112", "111", "102", "101"])
        #expect(list.lookup("副科级")?.code == "142")
        #expect(list.lookup("正处级")?.code == "131")
        #expect(try #require(list.lookup("副科级")).position < (try #require(list.lookup("正科级"))).position)
    }

    @Test("the 12 categories of the 统一战线工作条例 plus 党外干部, with English aliases")
    func categories() throws {
        let list = try #require(codes[.category])
        #expect(list.codes.count == 13)
        #expect(list.lookup("ENTREPRENEUR")?.code == "NON_PUBLIC_ECONOMY")
        #expect(list.lookup("OVERSEAS")?.code == "OVERSEAS_CHINESE")
        #expect(list.lookup("无党派人士")?.code == "NON_PARTISAN")
        #expect(list.lookup("党外干部")?.code == "NON_PARTY_CADRE")
        #expect(codes[.tier]?.lookup("后备")?.code == "RESERVE")
        #expect(codes[.categorySource]?.lookup("认定")?.code == "CERTIFIED")
    }

    @Test("countries follow ISO 3166-1 with Chinese names")
    func countries() throws {
        let list = try #require(codes[.country])
        #expect(list.codes.count >= 249)
        #expect(list.lookup("CN")?.name == "中国")
        #expect(list.lookup("156")?.code == "CHN")
        #expect(list.lookup("马来西亚")?.code == "MYS")
        #expect(list.code("HKG")?.name == "中国香港")
    }

    @Test("the country list cites what its data follows: ISO 3166-1 from Debian iso-codes, not GB/T 2659-2000")
    func countryCitation() throws {
        let list = try #require(codes[.country])
        #expect(list.standard == "ISO 3166-1")
        #expect(list.source.contains("iso-codes \(list.version)"))
        #expect(!list.standard.contains("2659-2000") && !list.source.contains("2659-2000"))
    }

    @Test("sex, document types, new-stratum groups and overseas types are present")
    func otherLists() throws {
        #expect(codes[.sex]?.lookup("男")?.code == "1")
        #expect(codes[.sex]?.lookup("女")?.code == "2")
        #expect(codes[.documentType]?.lookup("居民身份证")?.code == DocumentType.residentIdentityCard.rawValue)
        #expect(codes[.documentType]?.lookup("港澳台居民居住证")?.code == DocumentType.residencePermitForHKMacaoTaiwan.rawValue)
        #expect(codes[.documentType]?.lookup("护照") != nil)
        #expect(codes[.newStratumGroup]?.codes.filter { $0.parent == nil }.count == 4)
        #expect(codes[.overseasType]?.lookup("侨眷") != nil)
        #expect(codes[.overseasType]?.lookup("归侨") != nil)
    }

    @Test("every list records its standard, version and source")
    func metadata() {
        let expected: [CodeListID] = [.sex, .ethnicity, .politicalStatus, .education, .cadreRank, .civilServiceGrade,
                                      .documentType, .country, .category, .tier, .categorySource, .newStratumGroup,
                                      .overseasType]
        for id in expected {
            let list = codes[id]
            #expect(list != nil, "\(id) is missing")
            #expect(list.map { !$0.standard.isEmpty && !$0.version.isEmpty && !$0.source.isEmpty } ?? false)
        }
    }
}
