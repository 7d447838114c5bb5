import Testing
@testable import UnitedFront

@Suite("The SQLite connection, statements and transactions")
struct ConnectionTests {
    let connection: Connection

    init() throws {
        connection = try Connection(location: .inMemory)
        try connection.execute("CREATE TABLE unit(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT")
    }

    @Test("a unique violation is a DatabaseError with primary and extended codes, the message and the SQL")
    func uniqueViolation() throws {
        try connection.run("INSERT INTO unit(name) VALUES (?)", ["区工商联"])
        do {
            try connection.run("INSERT INTO unit(name) VALUES (?)", ["区工商联"])
            Issue.record("expected a constraint error")
        } catch {
            #expect(error.resultCode == .SQLITE_CONSTRAINT)
            #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
            #expect(error.message.contains("UNIQUE constraint failed: unit.name"))
            #expect(error.sql == "INSERT INTO unit(name) VALUES (?)")
        }
    }

    @Test("errors match by primary code and by extended code in a catch clause")
    func matchingByCode() throws {
        try connection.run("INSERT INTO unit(name) VALUES (?)", ["侨联"])
        func duplicate() throws { try connection.run("INSERT INTO unit(name) VALUES (?)", ["侨联"]) }
        var matched: [String] = []
        do { try duplicate() } catch ResultCode.SQLITE_CONSTRAINT_UNIQUE { matched.append("unique") } catch { Issue.record("\(error)") }
        do { try duplicate() } catch ResultCode.SQLITE_CONSTRAINT { matched.append("constraint") } catch { Issue.record("\(error)") }
        do { try duplicate() } catch ResultCode.SQLITE_CONSTRAINT_CHECK { matched.append("check") } catch { matched.append("other") }
        #expect(matched == ["unique", "constraint", "other"])
    }

    @Test("a syntax error names the SQL")
    func syntaxError() {
        #expect(throws: DatabaseError.self) { try connection.execute("SELEC 1") }
        do { try connection.execute("SELEC 1") } catch {
            #expect(error.resultCode == .SQLITE_ERROR)
            #expect(error.sql == "SELEC 1")
            #expect(error.description.contains("SELEC 1"))
        }
    }

    @Test("a transaction rolls back when its body throws")
    func rollback() throws {
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try connection.inTransaction {
                try connection.run("INSERT INTO unit(name) VALUES (?)", ["民革支部"])
                throw Refused()
            }
        }
        #expect(try connection.fetchOne("SELECT count(*) FROM unit") { $0.int64(0) } == 0)
        #expect(!connection.isInTransaction)
    }

    @Test("a savepoint inside a transaction undoes only its own work")
    func savepoint() throws {
        struct Refused: Error {}
        try connection.inTransaction {
            try connection.run("INSERT INTO unit(name) VALUES (?)", ["民盟"])
            _ = try? connection.inTransaction {
                try connection.run("INSERT INTO unit(name) VALUES (?)", ["民建"])
                throw Refused()
            }
        }
        #expect(try connection.fetchAll("SELECT name FROM unit") { $0.text(0) } == ["民盟"])
    }

    @Test("values round-trip through every storage class")
    func values() throws {
        try connection.execute("CREATE TABLE sample(v ANY) STRICT")
        let values: [DatabaseValue] = [.null, .integer(-42), .real(1.5), .text("乌云其木格"), .blob([0, 1, 255])]
        for value in values { try connection.run("INSERT INTO sample(v) VALUES (?)", [value]) }
        #expect(try connection.fetchAll("SELECT v FROM sample ORDER BY rowid") { $0.value(0) } == values)
    }
}
