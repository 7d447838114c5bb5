import Testing
import UnitedFront

@Suite("Masking personal information")
struct MaskingTests {
    @Test("an ID number keeps its first 6 and last 4 characters")
    func documentNumber() {
        #expect(Masking.documentNumber("150102198001011234") == "150102********1234")
        #expect(Masking.documentNumber("E12345678") == "*********")  // too short to show 6 + 4
    }

    @Test("a mobile keeps its first 3 and last 4 digits")
    func mobile() {
        #expect(Masking.mobile("13800138000") == "138****8000")
    }

    @Test("a name keeps its first character; an address its first six, then ****")
    func nameAndAddress() {
        #expect(Masking.name("张三丰") == "张**")
        #expect(Masking.name("阿依古丽·买买提") == "阿*******")
        #expect(Masking.address("呼和浩特市新城区中山东路1号") == "呼和浩特市新****")
        #expect(Masking.address("新城区") == "新城****")
    }

    @Test("the statistics purpose masks names too; an unknown purpose is never less masked than a work list")
    func policiesByPurpose() {
        #expect(MaskingPolicy.policy(for: .statistics).rule(for: .name) == Masking.nameRule)
        #expect(MaskingPolicy.policy(for: .workList).rule(for: .name) == .reveal)
        #expect(MaskingPolicy.policy(for: "somebody_elses") == .standard)
        #expect(MaskingPolicy.standard.isMasked)
        #expect(!MaskingPolicy.unmasked.isMasked)
        #expect(!MaskingPolicy(rules: [.documentNumber: .redact]).isMasked)
    }
}
