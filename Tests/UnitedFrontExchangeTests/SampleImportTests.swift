import Foundation
import Testing
import UnitedFront
import UnitedFrontExchange

@Suite("Importing the sample member sheets")
struct SampleImportTests {
    @Test("UTF-8, UTF-8 with BOM and GB18030 import the same twelve people identically")
    func everyEncodingImportsIdentically() throws {
        var registers: [[Member]] = []
        for name in ["members-utf8.csv", "members-utf8-bom.csv", "members-gb18030.csv"] {
            let register = try Register.inMemory()
            let result = try register.importSheet(sample(name))
            #expect(result.imported == 12, "\(name): \(result.errors)")
            #expect(result.errors.isEmpty)
            #expect(result.committed)
            #expect(try register.changesetCount() == 1)
            registers.append(try register.everyone())
        }
        #expect(registers[0].count == 12)
        #expect(registers[0] == registers[1])
        #expect(registers[0] == registers[2])
    }

    @Test("the encoding is detected: GB18030 for the Excel-on-Windows file, UTF-8 for the others")
    func encodingIsDetected() throws {
        #expect(try SheetEncoding.detect(fileAt: sample("members-utf8.csv")) == .utf8)
        #expect(try SheetEncoding.detect(fileAt: sample("members-utf8-bom.csv")) == .utf8)
        #expect(try SheetEncoding.detect(fileAt: sample("members-gb18030.csv")) == .gb18030)
    }

    @Test("names, codes and aliases resolve; the citizen ID fills birth date and sex")
    func valuesByNameOrCode() throws {
        let register = try Register.inMemory()
        _ = try register.importSheet(sample("members-utf8.csv"))
        let people = try register.everyone()
        let wuyun = try #require(people.first { $0.name == "乌云其木格" })
        #expect(wuyun.ethnicity == "02")
        #expect(wuyun.sex == "2")                      // from the ID: sequence 024 is even
        #expect(wuyun.birthDate == "1978-03-15")       // from the ID
        #expect(wuyun.politicalStatus == "05")         // 民盟
        #expect(Set(wuyun.categories.map(\.category)) == ["DEMOCRATIC_PARTY", "NON_PARTY_INTELLECTUAL", "ETHNIC_MINORITY"])
        #expect(wuyun.categories.allSatisfy { $0.tier == "REPRESENTATIVE" && $0.since == "2015-06-01" })
        #expect(wuyun.registeredOn == "2015-06-01")    // the earliest category start
        let bater = try #require(people.first { $0.name == "巴特尔" })
        #expect(bater.ethnicity == "02" && bater.sex == "1")
        #expect(bater.categories.allSatisfy { $0.since == "2022-03-01" })   // "2022-03": month precision
        let li = try #require(people.first { $0.name == "李明" })
        #expect(li.rank == "142")                      // 副科级
        #expect(li.categories.allSatisfy { $0.tier == "RESERVE" })
        let liu = try #require(people.first { $0.name == "刘芳" })
        #expect(liu.categories.first?.tier == "GENERAL")   // an empty 代表层级 is 一般
        #expect(liu.region == "150102001")
    }

    @Test("Excel date forms: 1990/2/14, 19650708, 1985年10月3日, 2021.09.01, 2018-12")
    func excelDateForms() throws {
        let register = try Register.inMemory()
        _ = try register.importSheet(sample("members-utf8.csv"))
        let people = try register.everyone()
        func person(_ name: String) throws -> Member { try #require(people.first { $0.name == name }) }
        #expect(try person("阿依古丽·买买提").birthDate == "1990-02-14")
        #expect(try person("阿依古丽·买买提").categories.first?.since == "2021-09-01")
        #expect(try person("王建国").birthDate == "1965-07-08")
        #expect(try person("王建国").categories.first?.since == "2010-05-01")
        #expect(try person("刘芳").birthDate == "1985-10-03")
        #expect(try person("张丽华").categories.first?.since == "2018-12-01")
        #expect(try person("李明").categories.first?.since == "2021-03-01")
    }

    @Test("quoted cells keep their commas and line breaks, and category names containing 、 are read whole")
    func quotedCellsAndCategoryNames() throws {
        let register = try Register.inMemory()
        _ = try register.importSheet(sample("members-gb18030.csv"))
        let people = try register.everyone()
        #expect(people.first { $0.name == "赵敏" }?.notes == "2012年加入农工党,\n现任支部主委")
        #expect(people.first { $0.name == "陈志强" }?.notes == "旅居新加坡,每年回乡探亲")
        let chen = try #require(people.first { $0.name == "陈志强" })
        #expect(chen.documentType == "414" && chen.documentNumber == "E12345678")
        #expect(chen.categories.map(\.category) == ["OVERSEAS_CHINESE"])
        let huang = try #require(people.first { $0.name == "黄家明" })
        #expect(Set(huang.categories.map(\.category)) == ["HONG_KONG_MACAO", "NON_PUBLIC_ECONOMY"])
        #expect(huang.documentType == "516")
    }

    @Test("the GB18030 sample is the UTF-8 sample converted by iconv")
    func gb18030SampleIsTheConvertedUTF8Sample() throws {
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", sample("members-utf8.csv").path]
        let output = Pipe()
        iconv.standardOutput = output
        try iconv.run()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        #expect(try Data(contentsOf: sample("members-gb18030.csv")) == converted)
    }

    @Test("importing the same file twice changes nothing the second time: no changeset")
    func reimportIsANoOp() throws {
        let register = try Register.inMemory()
        _ = try register.importSheet(sample("members-utf8.csv"))
        let before = try register.everyone()
        let again = try register.importSheet(sample("members-gb18030.csv"))
        #expect(again.imported == 0 && again.updated == 0 && again.unchanged == 12)
        #expect(again.errors.isEmpty && again.possibleDuplicates.isEmpty)
        #expect(try register.changesetCount() == 1)
        #expect(try register.everyone() == before)
    }

    @Test("progress reaches every row and every byte")
    func progress() throws {
        let register = try Register.inMemory()
        var reports: [ImportProgress] = []
        _ = try MemberSheetImporter(register: register).importSheet(
            at: sample("members-utf8.csv"), options: MemberImportOptions(effective: sampleEffective), by: importer
        ) { reports.append($0) }
        let last = try #require(reports.last)
        #expect(last.rowsRead == 12)
        #expect(last.bytesRead == last.totalBytes && last.totalBytes > 0)
        #expect(last.fraction == 1)
    }
}
