import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Every filter on the hand-built population of ``QueryPopulation``, as of dates and as known at times,
/// with expectations counted by hand from its table.
@Suite("Members queries: every filter, as of a date and as known at a time")
struct MemberFilterTests {
    let world: QueryPopulation

    init() throws { world = try QueryPopulation() }

    @Test("everyone active on a date; archived ones; both; before a registration")
    func statusAndDates() throws {
        #expect(try world.names(.all) == world.people("乌云其木格", "张伟", "其木格", "王强", "赵敏", "孙丽", "周杰", "吴刚", "郑爽", "陈晨"))
        #expect(try world.names(.all, status: .archived) == ["李娜"])
        #expect(try world.names(.all, status: nil).count == 11)
        #expect(try world.names(.all, asOf: "2021-12-31") == world.people("乌云其木格", "张伟", "其木格", "李娜", "王强", "赵敏", "孙丽",
                                                                         "周杰", "吴刚", "陈晨"))
        #expect(try world.names(.all, asOf: "2019-12-31").isEmpty)
        // No date: the register's today (2023-02-01 by its clock).
        #expect(try world.register.members(matching: MemberQuery()).members.count == 10)
    }

    @Test("category with tiers and sources; tier and source in any category, on the date")
    func categories() throws {
        #expect(try world.names(.category(.nonPartisan)) == world.people("乌云其木格", "王强", "周杰"))
        #expect(try world.names(.category("无党派人士", tiers: ["代表人士"])) == world.people("乌云其木格", "周杰"))
        #expect(try world.names(.category(.nonPartisan, tiers: [.representative]), asOf: "2021-12-31") == ["乌云其木格"])
        #expect(try world.names(.category(.nonPartisan, sources: [.certified])) == ["乌云其木格"])
        #expect(try world.names(.tier([.representative])) == world.people("乌云其木格", "其木格", "周杰"))
        #expect(try world.names(.source(["推荐"])) == world.people("张伟", "王强"))
        #expect(try world.names(.category(.ethnicMinority), status: .archived).isEmpty)
    }

    @Test("under an org unit: the subtree as it stood on the date, as known at a time")
    func subtree() throws {
        #expect(try world.names(.under(world.district)) == world.people("乌云其木格", "张伟", "其木格", "王强", "孙丽", "周杰", "吴刚", "郑爽", "陈晨"))
        #expect(try world.names(.under(world.streetA)) == world.people("张伟", "孙丽", "陈晨"))
        #expect(try world.names(.under(world.streetA), asOf: "2022-06-30") == world.people("乌云其木格", "张伟", "王强", "孙丽", "郑爽", "陈晨"))
        #expect(try world.names(.under(world.streetB)) == world.people("乌云其木格", "王强", "周杰", "郑爽"))
        #expect(try world.names(.under(world.community)) == world.people("乌云其木格", "王强", "郑爽"))
        #expect(try world.names(.under(OrgUnitID(rawValue: 999))).isEmpty)
        #expect(try world.names(.under(world.streetA), knownAt: Timestamp(endOf: "2019-12-31")).isEmpty)
    }

    @Test("region: a province, a prefecture, a county and a township code, as of a date")
    func regions() throws {
        #expect(try world.names(.region("150000")) == world.people("乌云其木格", "张伟", "其木格", "王强", "吴刚", "郑爽", "陈晨"))
        #expect(try world.names(.region("150100")) == world.people("乌云其木格", "张伟", "王强", "吴刚", "郑爽"))
        #expect(try world.names(.region("150100"), asOf: "2022-06-30") == world.people("乌云其木格", "张伟", "王强", "吴刚", "郑爽", "陈晨"))
        #expect(try world.names(.region("150102")) == world.people("乌云其木格", "张伟", "吴刚", "郑爽"))
        #expect(try world.names(.region("150102001")) == ["乌云其木格"])
        #expect(try world.names(.region("110000")) == ["孙丽"])
    }

    @Test("sex, ethnicity, 少数民族, and a correction known only later")
    func person() throws {
        #expect(try world.names(.sex("女")) == world.people("乌云其木格", "其木格", "赵敏", "孙丽", "郑爽"))
        #expect(try world.names(!.sex(.female)) == world.people("张伟", "王强", "周杰", "吴刚", "陈晨"))
        #expect(try world.names(.ethnicity(["蒙古族"])) == world.people("乌云其木格", "其木格", "周杰"))
        #expect(try world.names(.ethnicity([])).count == 9)
        #expect(try world.names(.minorityEthnicity) == world.people("乌云其木格", "其木格", "王强", "周杰", "郑爽", "陈晨"))
        #expect(try world.names(.minorityEthnicity, knownAt: Timestamp(endOf: "2023-01-31"))
                == world.people("乌云其木格", "其木格", "王强", "周杰", "郑爽"))
        #expect(try world.names(!.minorityEthnicity) == world.people("张伟", "赵敏", "孙丽", "吴刚"))
    }

    @Test("age in full years on the date, the day before a birthday, and the statistics' age bands")
    func ages() throws {
        #expect(try world.names(.age(30...45)) == world.people("乌云其木格", "张伟", "孙丽", "陈晨"))
        #expect(try world.names(.age(47...47)) == ["王强"])             // 47 on 2022-12-31
        #expect(try world.names(.age(47...47), asOf: "2022-12-30").isEmpty)  // still 46
        #expect(try world.names(.age(0...200)).count == 9)            // 周杰 has no birth date
        #expect(try world.names(.ageBand("35岁及以下")) == world.people("张伟", "赵敏", "孙丽", "郑爽"))
        #expect(try world.names(.ageBand("56+")) == ["其木格"])
        #expect(try world.names(.ageBand("46-55")) == world.people("王强", "吴刚"))
    }

    @Test("education at least a level, political status, 职务层次 and 职级 at least")
    func ladders() throws {
        #expect(try world.names(.education(atLeast: "本科")) == world.people("乌云其木格", "张伟", "王强", "孙丽", "陈晨"))
        #expect(try world.names(.education(atLeast: "硕士研究生")) == world.people("张伟", "王强"))
        #expect(try world.names(.education(atLeast: "小学")).count == 7)   // 李娜 (高中) is archived
        #expect(try world.names(.politicalStatus(["无党派人士"])) == world.people("其木格", "王强"))
        #expect(try world.names(.politicalStatus(["民盟", "民建"])) == world.people("张伟", "吴刚"))
        #expect(try world.names(.rank(atLeast: .deputySection)) == world.people("王强", "赵敏", "孙丽", "吴刚"))
        #expect(try world.names(.rank(atLeast: "正科级")) == world.people("王强", "吴刚"))
        #expect(try world.names(.grade(atLeast: "三级主任科员")) == ["孙丽"])
        #expect(try world.names(.grade(atLeast: "四级主任科员")) == world.people("赵敏", "孙丽"))
    }

    @Test("workflow state on the date: the latest step on or before it")
    func workflows() throws {
        let awaiting = WorkflowKind.nonPartisanAwaitingCertification
        #expect(try world.names(.workflow(.nonPartisanCertification, in: awaiting)) == ["王强"])
        #expect(try world.names(.workflow(.nonPartisanCertification, in: awaiting), asOf: "2022-05-09").isEmpty)
        #expect(try world.names(.workflow(.nonPartisanCertification, in: ["推荐"]), asOf: "2022-06-30") == ["王强"])
        #expect(try world.names(.workflow(.nonPartisanCertification, in: ["考察"]), asOf: "2022-06-30").isEmpty)
        #expect(try world.names(.workflow(.nonPartisanCertification, in: ["考察"])) == ["王强"])
    }

    @Test("organisation seats and roles, enterprise industry (a 门类 includes its 大类) and scale")
    func organisationsAndEnterprises() throws {
        #expect(try world.names(.organisation(world.federation)) == world.people("张伟", "孙丽"))
        #expect(try world.names(.organisation(world.federation, roles: [.executiveCommittee])) == ["张伟"])
        #expect(try world.names(.organisation(world.federation), asOf: "2020-12-31") == ["孙丽"])
        #expect(try world.names(.enterpriseIndustry("C")) == ["张伟"])
        #expect(try world.names(.enterpriseIndustry("食品制造业")) == ["张伟"])
        #expect(try world.names(.enterpriseIndustry("F")) == ["吴刚"])
        #expect(try world.names(.enterpriseIndustry("A")).isEmpty)
        #expect(try world.names(.enterpriseIndustry("C"), asOf: "2020-12-31").isEmpty)
        #expect(try world.names(.enterpriseScale("小型")) == ["吴刚"])
    }

    @Test("侨情 type and country in force; engaged in a period")
    func overseasAndEngagements() throws {
        #expect(try world.names(.overseasType([.huaqiao])) == ["其木格"])
        #expect(try world.names(.overseasType([.huaqiao]), asOf: "2021-05-31").isEmpty)
        #expect(try world.names(.overseasType([])) == world.people("其木格", "孙丽"))
        #expect(try world.names(.overseasCountry("美国")) == ["其木格"])
        #expect(try world.names(.engaged(from: "2022-01-01", through: "2022-12-31")) == ["赵敏"])
        #expect(try world.names(.engaged(from: "2021-01-01", through: "2021-12-31")) == ["周杰"])
        #expect(try world.names(.engaged(from: "2021-01-01", through: "2022-12-31", kinds: [.training])) == ["周杰"])
        #expect(try world.names(.engaged(from: "2022-03-16", through: "2022-12-31")).isEmpty)
        #expect(try world.names(.engaged(from: "2022-01-01", through: "2022-12-31"),
                                knownAt: Timestamp(endOf: "2020-12-31")).isEmpty)
    }

    @Test("free text goes through the name search")
    func text() throws {
        #expect(try world.names(.text("其木格")) == world.people("乌云其木格", "其木格"))
        #expect(try world.names(.text("'; DROP TABLE member; --")).isEmpty)
    }

    @Test("combinations with &&, || and !")
    func combinations() throws {
        #expect(try world.names(.category(.nonPartisan) && .sex(.male)) == world.people("王强", "周杰"))
        #expect(try world.names(.minorityEthnicity || .politicalStatus(["12"]), knownAt: Timestamp(endOf: "2023-01-31"))
                == world.people("乌云其木格", "其木格", "王强", "周杰", "郑爽"))
        #expect(try world.names(!.category(.nonPartisan) && .under(world.streetA)) == world.people("张伟", "孙丽", "陈晨"))
        #expect(try world.names(!(.age(0...40) || .sex(.female))) == world.people("王强", "周杰", "吴刚"))
        #expect(try world.names(.all && .region("150102")) == world.names(.region("150102")))
        #expect(try world.names(!(!.sex(.female))) == world.names(.sex(.female)))
    }

    @Test("bad input is refused with a typed error naming the field")
    func badInput() throws {
        func field(_ filter: MemberFilter, limit: Int? = nil, order: MemberOrder = .id, after: MemberCursor? = nil) -> String? {
            do {
                _ = try world.register.members(matching: MemberQuery(filter, asOf: "2022-12-31", order: order, limit: limit, after: after))
                return nil
            } catch let error as ValidationError {
                return error.field.rawValue
            } catch {
                return "\(error)"
            }
        }
        #expect(field(.category("火星人")) == "category")
        #expect(field(.category(.nonPartisan, tiers: ["最高"])) == "tier")
        #expect(field(.source(["听说"])) == "source")
        #expect(field(.ethnicity(["火星族"])) == "ethnicity")
        #expect(field(.sex("不详细")) == "sex")
        #expect(field(.age(-1...5)) == "age")
        #expect(field(.ageBand("老年")) == "age_band")
        #expect(field(.region("990000")) == "region")
        #expect(field(.region("159999")) == "region")
        #expect(field(.region("15a102")) == "region")
        #expect(field(.education(atLeast: "博士后")) == "education")
        #expect(field(.rank(atLeast: "科长")) == "rank")
        #expect(field(.grade(atLeast: "科长")) == "grade")
        #expect(field(.workflow(.nonPartisanCertification, in: ["发呆"])) == "workflow_state")
        #expect(field(.enterpriseIndustry("Z9")) == "industry")
        #expect(field(.overseasCountry("火星")) == "country")
        #expect(field(.engaged(from: "2022-12-31", through: "2022-01-01")) == "through")
        #expect(field(.text("  ")) == "text")
        #expect(field(.sex(.male) && !.category("火星人")) == "category")
        #expect(field(.all, limit: -1) == "limit")
        let cursor = try #require(try world.register.members(matching: MemberQuery(order: .name, limit: 1)).next)
        #expect(field(.all, order: .birthDate, after: cursor) == "after")
        #expect(MemberCursor("garbage") == nil && MemberCursor("name.0.e5") == nil && MemberCursor("name.3.zz") == nil)
        #expect(MemberCursor(cursor.description) == cursor)
    }
}
