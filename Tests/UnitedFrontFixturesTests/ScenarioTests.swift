import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Named scenarios produce what they promise")
struct ScenarioTests {
    @Test("a reserve cadre is appointed 副局长 in 2020 and promoted 局长 in 2023")
    func cadreAppointmentAndPromotion() throws {
        let register = try Register.inMemory()
        let ids = try Scenario.cadreAppointmentAndPromotion.write(to: register)
        let before = try #require(try register.member(ids.cadre, asOf: "2020-06-30"))
        let unit = "呼和浩特市新城区教育局"
        #expect(before.rank == "150" && before.post == unit + "科员")
        #expect(before.membership(in: "NON_PARTY_CADRE")?.tier == "RESERVE")
        #expect(before.membership(in: "DEMOCRATIC_PARTY") != nil && before.politicalStatus == "05")
        let appointed = try #require(try register.member(ids.cadre, asOf: CadreAppointmentScenario.appointedOn))
        #expect(appointed.rank == "142" && appointed.post == unit + "副局长")
        #expect(appointed.membership(in: "NON_PARTY_CADRE")?.tier == "REPRESENTATIVE")
        let promoted = try #require(try register.member(ids.cadre, asOf: "2024-01-01"))
        #expect(promoted.rank == "141" && promoted.post == unit + "局长")
        let posts = try register.records(PostRecord.self, of: ids.cadre)
        #expect(posts.map(\.title) == ["科员", "副局长", "局长"])
        #expect(posts.map(\.from) == [CadreAppointmentScenario.registeredOn, CadreAppointmentScenario.appointedOn,
                                      CadreAppointmentScenario.promotedOn])
        #expect(posts.dropLast().allSatisfy { $0.removalDocument != nil } && posts.last?.to == nil)
        #expect(try register.leadingCadres(asOf: "2024-01-01").map(\.id) == [ids.cadre])
        let entries = try register.records(PoolRecord.self, of: ids.cadre)
        #expect(entries.count == 1 && entries.first?.to == CadreAppointmentScenario.appointedOn && entries.first?.exitReason == "已提拔使用")
        #expect(try register.reservePool(asOf: "2024-12-31").map(\.id) == [ids.reserveCadre])
        #expect(promoted.membership(in: "NON_PARTY_CADRE")?.tier == "KEY_REPRESENTATIVE")
        let knownBefore = try #require(try register.member(ids.cadre, asOf: "2020-07-02", knownAt: Timestamp(endOf: "2020-07-05")))
        #expect(knownBefore.rank == "150")
        let reserve = try register.members(asOf: "2024-12-31", in: "NON_PARTY_CADRE", tiers: ["RESERVE"])
        #expect(reserve.map(\.id) == [ids.reserveCadre])
        let timeline = try register.timeline(of: ids.cadre)
        #expect(timeline.first?.kind == .registration)
        let rankChanges = timeline.filter { $0.kind == .change && $0.changes.contains { $0.subject == .field(.rank) } }
        #expect(rankChanges.map(\.effectiveOn) == [CadreAppointmentScenario.appointedOn, CadreAppointmentScenario.promotedOn])
        #expect(rankChanges.last?.changeset.reason?.contains("新组干〔2023〕9号") == true)
        #expect(rankChanges.last?.changeset.actor == "呼和浩特市新城区委组织部 王科长")
    }

    @Test("a 无党派 candidate recommended in 2021 is certified through the workflow on 2022-05-01")
    func nonPartisanCertification() throws {
        let register = try Register.inMemory()
        let ids = try Scenario.nonPartisanCertification.write(to: register)
        let nominated = try #require(try register.member(ids.certified, asOf: "2022-04-30"))
        #expect(nominated.membership(in: "NON_PARTISAN") == nil, "a candidate holds no 无党派人士 membership")
        #expect(nominated.politicalStatus == "13")
        #expect(try register.workflows(of: ids.certified, asOf: "2022-04-30").map { $0.state?.name } == ["考察"])
        let certified = try #require(try register.member(ids.certified, asOf: NonPartisanCertificationScenario.certifiedOn))
        #expect(certified.politicalStatus == "12")
        #expect(certified.membership(in: "NON_PARTISAN")?.source == "CERTIFIED")
        #expect(certified.membership(in: "NON_PARTISAN")?.tier == "REPRESENTATIVE")
        #expect(certified.membership(in: "NON_PARTISAN")?.since == NonPartisanCertificationScenario.certifiedOn)
        let workflow = try #require(try register.workflows(of: ids.certified).first)
        #expect(workflow.kind == WorkflowKind.nonPartisanCertification.id)
        #expect(workflow.steps.map(\.state.name) == ["推荐", "考察", "认定", "登记"])
        #expect(workflow.steps.map(\.effectiveOn).prefix(1) == [NonPartisanCertificationScenario.nominatedOn])
        #expect(workflow.steps[2].documentNumber == NonPartisanCertificationScenario.certificationDocument)

        let waiting = try register.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanAwaitingCertification,
                                             asOf: "2024-12-31")
        #expect(waiting.map(\.memberID) == [ids.pending])
        let certifiedAtEnd = try register.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanCertified,
                                                    asOf: "2024-12-31")
        #expect(certifiedAtEnd.map(\.memberID) == [ids.certified])

        let revoked = try #require(try register.member(ids.revoked, asOf: NonPartisanCertificationScenario.revokedOn))
        #expect(revoked.politicalStatus == "07")
        #expect(revoked.membership(in: "NON_PARTISAN") == nil && revoked.membership(in: "DEMOCRATIC_PARTY") != nil)
        let before = try #require(try register.member(ids.revoked, asOf: "2023-08-31"))
        #expect(before.politicalStatus == "12" && before.membership(in: "NON_PARTISAN")?.source == "CERTIFIED")
        let revocation = try #require(try register.workflows(of: ids.revoked).first { $0.kind == WorkflowKind.nonPartisanCertification.id })
        #expect(revocation.state?.name == "撤销" && revocation.steps.last?.effectiveOn == NonPartisanCertificationScenario.revokedOn)
        #expect(revocation.steps.last?.opinion == "加入中国民主促进会")
        let membership = try #require(try register.records(PartyMembershipRecord.self, of: ids.revoked).first)
        #expect(membership.from == NonPartisanCertificationScenario.revokedOn)
        #expect(try register.records(PartyMembershipRecord.self, of: ids.revoked, asOf: "2023-10-15").first?.isFiled == false)
        #expect(try register.records(PartyMembershipRecord.self, of: ids.revoked, asOf: "2023-10-16").first?.isFiled == true)
        let changes = try register.changes(from: "2022-05-01", through: "2022-05-01")
        #expect(changes.contains { $0.memberID == ids.certified && $0.change.subject == .field(.politicalStatus) })
        let model = Scenario.nonPartisanCertification.people.map { $0.state(asOf: nil).workflows.map(\.state) }
        #expect(model == [["REGISTERED"], ["INVESTIGATED"], ["REVOKED", "FILED"]])
    }

    @Test("a 华侨 and her 侨眷 relatives: passport, certification, a death and a 致公党 membership")
    func overseasFamily() throws {
        let register = try Register.inMemory()
        let ids = try Scenario.overseasFamily.write(to: register)
        let daughter = try #require(try register.member(ids.overseasChinese))
        #expect(daughter.documentType == "414" && daughter.documentNumber == OverseasFamilyScenario.passportNumber)
        #expect(daughter.membership(in: "OVERSEAS_CHINESE")?.tier == "KEY_REPRESENTATIVE")
        for relative in [ids.father, ids.mother, ids.brother] {
            let member = try #require(try register.member(relative, asOf: "2021-12-31"))
            #expect(member.membership(in: "OVERSEAS_CHINESE")?.source == "CERTIFIED")
            #expect(member.notes?.contains("陈美玲") == true)
            #expect(try CitizenID(member.documentNumber ?? "").addressCode == OverseasFamilyScenario.regionCode)
        }
        let family = try register.members(asOf: "2024-06-30", in: "OVERSEAS_CHINESE").map(\.id)
        #expect(Set(family) == [ids.overseasChinese, ids.mother, ids.brother])
        #expect(try register.member(ids.father)?.status == .archived)
        #expect(try register.member(ids.brother, asOf: "2023-01-01")?.membership(in: "DEMOCRATIC_PARTY") != nil)
    }

    @Test("the 华侨 returns to settle: 归侨 from that day, her 侨眷 keep their records, the household carries on")
    func overseasFamilyReturnsHome() throws {
        let register = try Register.inMemory()
        let ids = try Scenario.overseasFamily.write(to: register)
        let returned = OverseasFamilyScenario.returnedOn
        let before = try register.records(OverseasRecord.self, of: ids.overseasChinese, asOf: returned.adding(days: -1))
        #expect(before.map(\.type) == [.huaqiao] && before.first?.country == "ITA")
        let after = try register.records(OverseasRecord.self, of: ids.overseasChinese, asOf: returned)
        #expect(after.map(\.type) == [.guiqiao] && after.first?.country == .china && after.first?.id == before.first?.id)
        #expect(try register.read { try $0.overseasChineseFailingResidenceTest(asOf: "2023-06-30") }.isEmpty)
        for relative in [ids.mother, ids.brother] {
            for date in [returned.adding(days: -1), returned] {
                let records = try register.records(OverseasRecord.self, of: relative, asOf: date)
                #expect(records.map(\.type) == [.qiaojuan] && records.first?.relative == ids.overseasChinese)
            }
        }
        let relatives = try register.read { try $0.overseasRelatives(of: ids.overseasChinese, asOf: returned) }
        #expect(Set(relatives.map(\.member)) == [ids.mother, ids.brother])
        let brother = try register.records(RelationRecord.self, of: ids.brother, asOf: returned)
        #expect(brother.map(\.relation) == [.elderSister] && brother.first?.relative == ids.overseasChinese)
        let household = try #require(ids.household)
        let members = { (date: LocalDate) in try register.read { try $0.members(of: household, asOf: date) } }
        #expect(Set(try members("2021-12-31").map(\.member)) == [ids.father, ids.mother, ids.brother])
        #expect(try members("2024-06-30").map { "\($0.member)/\($0.relation?.rawValue ?? "户主")" }.sorted()
                == ["\(ids.overseasChinese)/30", "\(ids.brother)/20", "\(ids.mother)/户主"].sorted())
    }

    @Test("a mixed district holds every kind of person, all in 150102")
    func mixedDistrict() throws {
        let register = try Register.inMemory()
        let scenario = Scenario.mixedDistrict(seed: 8, size: 200)
        let roles = try scenario.write(to: register)
        #expect(roles.all.count == 200)
        for kind in [Archetype.nonPartyCadre, .democraticPartyMember, .privateEntrepreneur, .newSocialStratum,
                     .overseasChinese, .ethnicMinorityFigure] {
            #expect(!roles[kind].isEmpty, "no \(kind)")
        }
        let members = try register.members(asOf: "2024-12-31")
        #expect(members.allSatisfy { $0.region?.hasPrefix("150102") == true })
        #expect(members.contains { $0.ethnicity == "02" })
        #expect(Scenario.mixedDistrict(seed: 8, size: 200) == scenario)
    }

    @Test("scenarios can share a register when the register's clock stamps them")
    func scenariosShareARegister() throws {
        let register = try Register.inMemory()
        let cadres = try Scenario.cadreAppointmentAndPromotion.write(to: register)
        #expect(throws: RegisterError.self) { try Scenario.nonPartisanCertification.write(to: register) }
        let nonPartisans = try Scenario.nonPartisanCertification.write(to: register, recording: .registerClock)
        let family = try Scenario.overseasFamily.write(to: register, recording: .registerClock)
        #expect(Set([cadres.cadre, cadres.reserveCadre, nonPartisans.certified, nonPartisans.pending, nonPartisans.revoked,
                     family.overseasChinese, family.father, family.mother, family.brother]).count == 9)
        #expect(try register.member(nonPartisans.certified, asOf: "2022-05-01")?.politicalStatus == "12")
    }
}
