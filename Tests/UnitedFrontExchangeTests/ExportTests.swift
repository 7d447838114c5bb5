import Foundation
import Testing
import UnitedFrontTestSupport
import UnitedFront
import UnitedFrontExchange

@Suite("Exporting members")
struct ExportTests {
    let scratch: ScratchDirectory
    let register: Register
    let exporter: MemberSheetExporter
    let clerk = "统战部 张科员"

    init() throws {
        scratch = try ScratchDirectory()
        register = try Register.inMemory()
        _ = try register.importSheet(sample("members-utf8.csv"))
        exporter = MemberSheetExporter(register: register)
    }

    /// The CSV file's text without its byte order mark.
    func csvText(_ url: URL) throws -> String {
        let bytes = try Data(contentsOf: url)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }

    @Test("an export is masked by default, has Chinese headers and names, and is logged")
    func maskedByDefaultAndLogged() throws {
        let file = scratch.file("members.csv")
        let entry = try exporter.export(ExportRequest(actor: clerk, format: "csv", asOf: sampleEffective), as: .csv, to: file)
        let text = try csvText(file)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.first == "姓名,曾用名,性别,出生日期,民族,籍贯,证件类型,签发国家/地区,证件号码,政治面貌,学历,工作单位,职务,职务层次,职级,手机,电子邮箱,住址,所属区划,宗教信仰,教职,宗教活动场所,统战类别,类别起始日期,代表层级,备注")
        #expect(lines.last == "")                       // ends with a line break
        let wuyun = try #require(lines.first { $0.hasPrefix("乌云其木格,") })
        #expect(wuyun.contains(",女性,1978-03-15,蒙古族,内蒙古锡林郭勒盟,居民身份证,,150102********0241,中国民主同盟盟员,"))
        #expect(wuyun.contains(",139****2345,"))
        #expect(wuyun.contains(",民主党派成员；党外知识分子；少数民族人士,2015-06-01,代表人士,"))
        #expect(!text.contains(citizenID("150102", born: "1978-03-15", sequence: 24)))
        #expect(!text.contains("13947112345"))

        #expect(entry.rowCount == 12 && entry.masked && entry.completed)
        #expect(entry.format == "csv" && entry.actor == clerk && entry.purpose == .workList)
        #expect(entry.filter == "as_of=2024-06-30")
        #expect(entry.masking.contains("document_number: keep 6+4"))
        #expect(try register.exportLog() == [entry])
    }

    @Test("addresses keep their first six characters and e-mail its first two")
    func addressesAreMasked() throws {
        let sheet = try scratch.write("address.csv", """
            姓名,证件号码,住址,电子邮箱
            高娃,\(citizenID("150102", born: "1990-01-02", sequence: 28)),内蒙古呼和浩特市新城区中山东路8号,gaowa@example.cn
            """)
        _ = try register.importSheet(sheet)
        let file = scratch.file("address-export.json")
        try exporter.export(ExportRequest(actor: clerk, format: "json", asOf: sampleEffective), as: .json, to: file)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
        let gaowa = try #require(objects.first { $0["name"] as? String == "高娃" })
        #expect(gaowa["address"] as? String == "内蒙古呼和浩****")
        #expect(gaowa["email"] as? String == "ga****")
    }

    @Test("an unmasked export without a reason is refused by the register's rule: no file, nothing logged",
          arguments: [nil, "", "  ", "\n", "\u{3000}", " \t\r\n"])
    func unmaskedNeedsAReason(reason: String?) throws {
        let file = scratch.file("unmasked.csv")
        let request = ExportRequest(actor: clerk, format: "csv", masking: .unmasked, reason: reason)
        #expect(throws: PrivacyError.unmaskedWithoutReason(.unmasked)) {
            try exporter.export(request, as: .csv, to: file)
        }
        #expect(throws: PrivacyError.unmaskedWithoutReason(.unmasked)) {
            try register.exportMembers(request) { _ in }          // the exporter's rule is the register's
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try register.exportLog().isEmpty)
    }

    @Test("a refused export leaves a file already at the path as it was")
    func refusedExportKeepsAnEarlierFile() throws {
        let file = scratch.file("last-year.csv")
        try Data("去年的名单\n".utf8).write(to: file)
        #expect(throws: PrivacyError.self) {
            try exporter.export(ExportRequest(actor: clerk, format: "csv", masking: .unmasked), as: .csv, to: file)
        }
        #expect(try Data(contentsOf: file) == Data("去年的名单\n".utf8))
        let entry = try exporter.export(ExportRequest(actor: clerk, format: "csv", asOf: sampleEffective), as: .csv, to: file)
        #expect(entry.rowCount == 12)
        #expect(try csvText(file).hasPrefix("姓名,"))
    }

    @Test("an unknown category filter is refused before anything is disclosed")
    func unknownFilter() throws {
        let file = scratch.file("nothing.csv")
        #expect(throws: ValidationError.self) {
            try exporter.export(ExportRequest(actor: clerk, format: "csv", category: "网红人士"), as: .csv, to: file)
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try register.exportLog().isEmpty)
    }

    @Test("an unmasked export with a reason is written in full and logged as unmasked, with the reason")
    func unmaskedWithReason() throws {
        let file = scratch.file("full.csv")
        let request = ExportRequest(actor: clerk, format: "csv", asOf: sampleEffective, category: "无党派人士",
                                    masking: .unmasked, reason: "报市委统战部认定材料")
        let entry = try exporter.export(request, as: .csv, to: file)
        let text = try csvText(file)
        #expect(text.contains(citizenID("150105", born: "1972-11-30", sequence: 46)))
        #expect(entry.rowCount == 1 && !entry.masked && entry.reason == "报市委统战部认定材料")
        #expect(entry.filter == "as_of=2024-06-30; category=NON_PARTISAN")
        #expect(try register.exportLog().last?.masked == false)
    }

    @Test("JSON export: an array of objects keyed by id and the English aliases, in sheet order")
    func jsonShape() throws {
        let file = scratch.file("members.json")
        let entry = try exporter.export(ExportRequest(actor: clerk, format: "json", asOf: sampleEffective), as: .json, to: file)
        #expect(entry.format == "json")
        let data = try Data(contentsOf: file)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 12)
        let keys = ["id"] + MemberSheetColumn.exported.map(\.englishAlias)
        #expect(keys == ["id", "name", "former_names", "sex", "birth_date", "ethnicity", "native_place", "document_type",
                         "document_country", "document_number", "political_status", "education", "work_unit", "post",
                         "rank", "grade", "mobile",
                         "email", "address", "region", "religion", "clergy_post", "venue", "categories", "category_since",
                         "tier", "notes"])
        #expect(objects.allSatisfy { Set($0.keys) == Set(keys) })
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.split(separator: "\n")[1].hasPrefix("{\"id\": 1, \"name\": \"乌云其木格\", \"former_names\": null, \"sex\": \"女性\""))
        let zhao = try #require(objects.first { $0["name"] as? String == "赵敏" })
        #expect(zhao["notes"] as? String == "2012年加入农工党,\n现任支部主委")
        #expect(zhao["document_number"] as? String == Masking.documentNumber(citizenID("150102", born: "1969-12-25", sequence: 82)))
        #expect(zhao["address"] is NSNull)
        #expect(zhao["id"] as? Int != nil)
    }

    @Test("a round trip: an unmasked export imports back as unchanged, in UTF-8 and in GB18030")
    func roundTrip() throws {
        // One member with mixed tiers and start dates: exported as one value per category.
        let wuyun = try #require(try register.everyone().first { $0.name == "乌云其木格" })
        try register.write(by: Attribution(actor: clerk)) { transaction in
            try transaction.changeTier(wuyun.id, category: "党外知识分子", to: "重点代表人士", effective: "2020-01-01")
            try transaction.leave(wuyun.id, category: "少数民族人士", effective: "2020-01-01")
            try transaction.enter(wuyun.id, category: "少数民族人士", effective: "2021-01-01")
        }
        for format in [MemberExportFormat.csv, .csvGB18030] {
            let file = scratch.file("round-trip-\(format).csv")
            try exporter.export(ExportRequest(actor: clerk, format: "", asOf: sampleEffective, masking: .unmasked,
                                              reason: "备份"), as: format, to: file)
            #expect(try SheetEncoding.detect(fileAt: file) == (format == .csv ? .utf8 : .gb18030))
            let changesets = try register.changesetCount()
            let result = try register.importSheet(file)
            #expect(result.unchanged == 12 && result.updated == 0 && result.imported == 0, "\(result.errors)")
            #expect(try register.changesetCount() == changesets)
            let fresh = try Register.inMemory()
            let copy = try fresh.importSheet(file)
            #expect(copy.imported == 12)
            if format == .csv {
                let exported = try String(contentsOf: file, encoding: .utf8)
                #expect(exported.contains(",民主党派成员；党外知识分子；少数民族人士,2015-06-01；2015-06-01；2021-01-01,代表人士；重点代表人士；一般,"))
            }
            let original = try register.everyone().map { [$0.record, $0.categories.map(\.category)] as [AnyHashable] }
            let copied = try fresh.everyone().map { [$0.record, $0.categories.map(\.category)] as [AnyHashable] }
            #expect(original == copied)
        }
    }

    @Test("categories whose names contain 、 are joined with ； and import back as the same two memberships")
    func categoryNamesWithEnumerationComma() throws {
        // A returned overseas Chinese from Hong Kong: 香港同胞、澳门同胞 and 华侨、归侨及侨眷, different tiers.
        let chen = try register.write(by: Attribution(actor: clerk, reason: "侨务摸底")) { transaction in
            var record = MemberRecord(name: "陈美玲")
            record.documentNumber = citizenID("810000", born: "1968-09-01", sequence: 62)
            record.documentType = "港澳台居民居住证"
            let id = try transaction.add(record, effective: "2022-01-01")
            try transaction.enter(id, category: "香港同胞、澳门同胞", tier: "代表人士", effective: "2022-01-01")
            try transaction.enter(id, category: "华侨、归侨及侨眷", effective: "2023-03-01")
            return id
        }
        let file = scratch.file("overseas.csv")
        try exporter.export(ExportRequest(actor: clerk, format: "csv", asOf: sampleEffective, masking: .unmasked, reason: "备份"),
                            as: .csv, to: file)
        let row = try #require(try csvText(file).split(separator: "\r\n").first { $0.hasPrefix("陈美玲,") })
        #expect(row.contains(",香港同胞、澳门同胞；华侨、归侨及侨眷,2022-01-01；2023-03-01,代表人士；一般,"))

        let fresh = try Register.inMemory()
        let result = try fresh.importSheet(file)
        #expect(result.imported == 13 && result.errors.isEmpty, "\(result.errors)")
        let copy = try #require(try fresh.everyone().first { $0.name == "陈美玲" })
        let original = try #require(try register.member(chen, asOf: sampleEffective))
        #expect(copy.categories.map(\.category) == ["HONG_KONG_MACAO", "OVERSEAS_CHINESE"])
        #expect(copy.categories.map(\.category) == original.categories.map(\.category))
        #expect(copy.categories.map(\.tier) == original.categories.map(\.tier))
        #expect(copy.categories.map(\.since) == original.categories.map(\.since))
    }

    @Test("sheets written before ； still read: names with 、 are matched whole before 、 separates them", arguments: [
        "香港同胞、澳门同胞、华侨、归侨及侨眷", "香港同胞、澳门同胞；华侨、归侨及侨眷", "港澳同胞、侨界", "华侨、归侨及侨眷;香港同胞、澳门同胞",
    ])
    func oldSeparatorStillReads(cell: String) throws {
        let sheet = try scratch.write("old.csv", "姓名,统战类别\n陈美玲,\"\(cell)\"\n")
        let fresh = try Register.inMemory()
        let result = try fresh.importSheet(sheet)
        #expect(result.imported == 1 && result.errors.isEmpty, "\(result.errors)")
        #expect(Set(try fresh.everyone().first?.categories.map(\.category) ?? []) == ["HONG_KONG_MACAO", "OVERSEAS_CHINESE"])
    }

    @Test("a statistics export masks names too; a category and tier filter narrows the rows")
    func statisticsPurposeAndFilter() throws {
        let file = scratch.file("stats.csv")
        let entry = try exporter.export(
            ExportRequest(actor: clerk, format: "csv", asOf: sampleEffective, category: "民主党派成员", tiers: ["代表人士"],
                          purpose: .statistics),
            as: .csv, headers: .english, to: file)
        let lines = try csvText(file).split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("name,former_names,sex,") == true)
        #expect(entry.rowCount == 2)                        // 乌云其木格 and 赵敏
        #expect(lines.dropFirst().map { String($0.prefix(2)) }.sorted() == ["乌*", "赵*"])
        #expect(entry.purpose == .statistics && entry.masked)
    }
}
