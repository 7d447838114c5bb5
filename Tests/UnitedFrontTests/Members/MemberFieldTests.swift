import Testing
@testable import UnitedFront

@Suite("Member fields")
struct MemberFieldTests {
    @Test("each field's index is its position in declaration order, which the SQL column lists follow")
    func indexes() {
        #expect(MemberField.allCases.map(\.index) == Array(0..<MemberField.allCases.count))
        #expect(MemberField.columnList.hasPrefix("name, former_names, sex"))
    }
}
