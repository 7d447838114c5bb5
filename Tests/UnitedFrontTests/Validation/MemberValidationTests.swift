import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

@Suite("Bad member records are refused and nothing is written")
struct MemberValidationTests {
    let register = try! Register.inMemory()

    func expectNothingWritten(_ body: () throws -> Void, _ check: (any Error) -> Void) throws {
        let before = try ["changeset", "member", "member_history", "change_log", "member_category_history"]
            .map { try count($0, in: register) }
        do {
            try body()
            Issue.record("the write was accepted")
        } catch {
            check(error)
        }
        let after = try ["changeset", "member", "member_history", "change_log", "member_category_history"]
            .map { try count($0, in: register) }
        #expect(before == after)
    }

    func expectRefused(_ edit: (inout MemberRecord) -> Void, field: ValidationError.Field, value: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        var record = MemberRecord(name: "测试")
        edit(&record)
        try expectNothingWritten({ try register.add(record, effective: "2022-01-01", by: clerk) }) { error in
            guard let error = error as? ValidationError else {
                Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(error.field == field, sourceLocation: sourceLocation)
            #expect(error.value == value, sourceLocation: sourceLocation)
        }
    }

    @Test("a citizen ID fills in birth date and sex")
    func idFillsBirthDateAndSex() throws {
        var record = MemberRecord(name: "乌云其木格")
        record.documentNumber = citizenID("150102", born: "1978-02-03", sequence: 22)
        record.ethnicity = "蒙古"
        let id = try register.add(record, effective: "2022-01-01", by: clerk)
        let member = try #require(try register.member(id))
        #expect(member.birthDate == "1978-02-03")
        #expect(member.sex == "2")
        #expect(member.ethnicity == "02")
        #expect(member.documentType == DocumentType.residentIdentityCard)
    }

    @Test("every kind of bad value is refused with its field and value")
    func badValues() throws {
        try expectRefused({ $0.documentNumber = "110105194912310021" }, field: "document_number", value: "110105194912310021")
        try expectRefused({ $0.name = "  " }, field: "name", value: "  ")
        try expectRefused({ $0.ethnicity = "火星族" }, field: "ethnicity", value: "火星族")
        try expectRefused({ $0.sex = "男女" }, field: "sex", value: "男女")
        try expectRefused({ $0.politicalStatus = "99" }, field: "political_status", value: "99")
        try expectRefused({ $0.education = "博士后" }, field: "education", value: "博士后")
        try expectRefused({ $0.rank = "副巡视员级" }, field: "rank", value: "副巡视员级")
        try expectRefused({ $0.documentType = "驾照" }, field: "document_type", value: "驾照")
        try expectRefused({ $0[.birthDate] = "1980-02-30" }, field: "birth_date", value: "1980-02-30")
        try expectRefused({ $0[.birthDate] = "2999-01-01" }, field: "birth_date", value: "2999-01-01")
        try expectRefused({ $0.mobile = "1234" }, field: "mobile", value: "1234")
        try expectRefused({ $0.email = "wang@" }, field: "email", value: "wang@")
        try expectRefused({ $0.region = "15010" }, field: "region", value: "15010")
        try expectRefused({ $0.workUnit = String(repeating: "单", count: 201) }, field: "work_unit",
                          value: String(repeating: "单", count: 201))
    }

    @Test("a birth date or sex that disagrees with the citizen ID is refused")
    func disagreementWithID() throws {
        let number = citizenID(born: "1980-05-06", sequence: 13)
        try expectRefused({ $0.documentNumber = number; $0.birthDate = "1980-05-07" }, field: "birth_date", value: "1980-05-07")
        try expectRefused({ $0.documentNumber = number; $0.sex = "女" }, field: "sex", value: "2")
    }

    @Test("a residence permit must carry an 81/82/83 address code; passports are free-form")
    func otherDocuments() throws {
        try expectRefused({ $0.documentType = "港澳台居民居住证"; $0.documentNumber = citizenID(born: "1980-05-06", sequence: 13) },
                          field: "document_number", value: citizenID(born: "1980-05-06", sequence: 13))
        var permit = MemberRecord(name: "陈美玲")
        permit.documentType = "港澳台居民居住证"
        permit.documentNumber = citizenID("810000", born: "1990-01-02", sequence: 44)
        try register.add(permit, effective: "2022-01-01", by: clerk)
        var overseas = MemberRecord(name: "林志华")
        overseas.documentType = "护照"
        overseas.documentNumber = "e12345678"
        let id = try register.add(overseas, effective: "2022-01-01", by: clerk)
        #expect(try register.member(id)?.documentNumber == "E12345678")
        try expectRefused({ $0.documentType = "护照"; $0.documentNumber = "E1 2345" }, field: "document_number", value: "E1 2345")
    }

    @Test("the same document cannot belong to two members, but the same passport number under another type can")
    func documentIdentity() throws {
        var record = MemberRecord(name: "王伟")
        record.documentNumber = citizenID(born: "1980-05-06", sequence: 13)
        let first = try register.add(record, effective: "2022-01-01", by: clerk)
        try expectNothingWritten({ try register.add(record, effective: "2022-01-01", by: clerk) }) { error in
            #expect(error as? RegisterError == .duplicateDocument(
                type: "111", number: citizenID(born: "1980-05-06", sequence: 13), existing: first))
        }
        var passport = MemberRecord(name: "林志华")
        passport.documentType = "护照"
        passport.documentNumber = "E12345678"
        try register.add(passport, effective: "2022-01-01", by: clerk)
        passport.documentType = "港澳居民来往内地通行证"
        try register.add(passport, effective: "2022-01-01", by: clerk)
    }

    @Test("unknown categories, tiers and sources are refused, naming the field")
    func badCategoryInput() throws {
        let id = try register.add(MemberRecord(name: "赵敏"), effective: "2022-01-01", by: clerk)
        try expectNothingWritten({ try register.enter(id, category: "外星人士", effective: "2022-02-01", by: clerk) }) {
            #expect(($0 as? ValidationError)?.field == "category")
        }
        try expectNothingWritten({ try register.enter(id, category: "无党派人士", tier: "顶级", effective: "2022-02-01", by: clerk) }) {
            #expect(($0 as? ValidationError)?.field == "tier")
        }
        try expectNothingWritten({ try register.enter(id, category: "无党派人士", source: "道听途说", effective: "2022-02-01", by: clerk) }) {
            #expect(($0 as? ValidationError)?.field == "source")
        }
    }

    @Test("a change before registration, to an unknown member, or without an actor writes nothing")
    func impossibleOperations() throws {
        let id = try register.add(MemberRecord(name: "赵敏"), effective: "2022-01-01", by: clerk)
        try expectNothingWritten({ try register.change(id, effective: "2021-12-31", by: clerk) { $0.post = "主任" } }) {
            #expect($0 as? RegisterError == .effectiveBeforeRegistration(id, effective: "2021-12-31", registeredOn: "2022-01-01"))
        }
        try expectNothingWritten({ try register.change(MemberID(rawValue: 999), effective: "2022-02-01", by: clerk) { $0.post = "主任" } }) {
            #expect($0 as? RegisterError == .memberNotFound(MemberID(rawValue: 999)))
        }
        try expectNothingWritten({ try register.change(id, effective: "2022-02-01", by: Attribution(actor: " ")) { $0.post = "主任" } }) {
            #expect($0 as? RegisterError == .missingActor)
        }
        try expectNothingWritten({
            try register.write(by: clerk) { tx in
                try tx.change(id, effective: "2022-02-01") { $0.post = "主任" }
                try tx.change(id, effective: "2022-03-01") { $0.mobile = "bad" }
            }
        }) { #expect(($0 as? ValidationError)?.field == "mobile") }
    }

    @Test("a changeset recorded before the latest one is refused")
    func recordedOrder() throws {
        try register.add(MemberRecord(name: "赵敏"), effective: "2022-01-01",
                         by: Attribution(actor: "李", recordedAt: Timestamp(iso8601Literal: "2022-01-05T00:00:00Z")))
        try expectNothingWritten({
            try register.add(MemberRecord(name: "钱多"), effective: "2022-01-01",
                             by: Attribution(actor: "李", recordedAt: Timestamp(iso8601Literal: "2022-01-04T00:00:00Z")))
        }) { #expect($0 is RegisterError) }
    }

    @Test("a change that changes nothing records no changeset")
    func noOpChange() throws {
        var record = MemberRecord(name: "孙丽")
        record.post = "主任"
        let id = try register.add(record, effective: "2022-01-01", by: clerk)
        let before = try count("changeset", in: register)
        #expect(try register.change(id, effective: "2023-01-01", by: clerk) { $0.post = "主任" } == false)
        #expect(try register.correct(id, by: clerk) { $0.post = " 主任 " } == false)
        #expect(try count("changeset", in: register) == before)
    }
}
