import UnitedFront

/// The procedures of a history, as workflows the register runs (``UnitedFront/WorkflowKind``):
/// - 无党派人士认定: a 无党派人士 is registered as a candidate (摸底 or 推荐, still 群众, no 无党派人士
///   membership) and goes through 考察 and 认定 (by the city 统战部, with its 文号), whose effects set
///   政治面貌 12 and enter 无党派人士 as 认定; most are then 登记, some reviewed (复核) every year, a few
///   revoked (撤销). Some candidates are still waiting at the end of the history, a few stop (终止);
/// - 后备干部入库: most pool entries decided after the registration come through 推荐 and 考察 (recorded
///   with the 入库, back-dated) and the 入库 that adds the entry; such an entry leaves through 出库;
/// - 民主党派新成员备案: someone who joins a party is reported (报送) and filed (备案) by the 统战部;
/// - 归侨侨眷身份认定: a 归侨 or 侨眷 registered from a survey applies (申请) and is certified by the
///   district's 侨务部门 (审核, 认定 with its 文号), which makes the membership's source 认定.
extension HistoryGenerator {
    // MARK: Registration

    /// Starts the procedures of a person being registered: returns the workflow steps of the
    /// registration (and its reason, when a procedure gives it) and schedules the later steps. A
    /// 无党派人士 drawn as certified or nominated is registered as a candidate (群众, no 无党派人士
    /// membership); a 归侨 or 侨眷 drawn as certified is registered from the survey and applies later.
    mutating func startProcedures(_ record: inout MemberRecord, _ memberships: inout [SyntheticMembership])
        -> (steps: [SyntheticEvent.Step], reason: String?) {
        var steps: [SyntheticEvent.Step] = []
        var reason: String?
        let date = traits.registeredOn
        if let index = memberships.firstIndex(where: { $0.category == .nonPartisan }) {
            let drawn = memberships.remove(at: index)
            let certain = drawn.source == .certified
            if record.politicalStatus == .nonPartisan { record.politicalStatus = .masses }
            if memberships.isEmpty {
                memberships.append(SyntheticMembership(category: .nonPartyIntellectual, tier: .general, source: .nominated))
            }
            let surveyed = !certain && random.percent(30)
            if surveyed {
                steps.append(.workflow(.nonPartisanCertification, WorkflowStepRecord(
                    "SURVEYED", effective: date, actor: "\(districtName)委统战部", opinion: "列为无党派人士人选摸底对象"), poolEntry: nil))
                reason = "\(date.year)年度无党派人士摸底"
                schedule(.nonPartisan(state: "RECOMMENDED", tier: nil, certain: false), on: date.adding(days: random.integer(in: 60...300)))
            } else {
                steps.append(.workflow(.nonPartisanCertification, recommendation(on: date, unit: record.workUnit), poolEntry: nil))
                reason = "单位党组织推荐无党派人士人选"
                let wait = certain ? random.integer(in: 20...75) : random.integer(in: 60...400)
                schedule(.nonPartisan(state: "INVESTIGATED", tier: certain ? drawn.tier : nil, certain: certain),
                         on: date.adding(days: wait))
            }
        }
        if traits.archetype == .overseasChinese, ["GUIQIAO", "QIAOJUAN"].contains(traits.overseasType ?? ""),
           let index = memberships.firstIndex(where: { $0.category == .overseasChinese && $0.source == .certified }) {
            memberships[index].source = .survey
            schedule(.overseasStatus("APPLIED"), on: date.adding(days: random.integer(in: 15...200)))
        }
        let status = record.politicalStatus?.rawValue ?? "13"
        if status != "01", status != "02", let index = memberships.firstIndex(where: { $0.tier == .reserve }), random.percent(40) {
            // Recommended into the pool a few months after the registration, through 后备干部入库.
            memberships[index].tier = .general
            schedule(.poolAdmission(memberships[index].category), on: date.adding(days: random.integer(in: 40...160)))
        }
        return (steps, reason)
    }

    /// 推荐 by the unit's Party organisation.
    private func recommendation(on date: LocalDate, unit: String?) -> WorkflowStepRecord {
        WorkflowStepRecord("RECOMMENDED", effective: date, actor: "\(unit ?? districtName)党委",
                           opinion: "推荐为无党派人士人选")
    }

    // MARK: 无党派人士认定

    /// A 党外知识分子 is recommended as a 无党派人士 candidate during the history.
    mutating func nominate(on date: LocalDate) {
        emit(.nonPartisanCandidacy, on: date, actor: clerk("统战部"), reason: "单位党组织推荐无党派人士人选", source: record.workUnit,
             steps: [.workflow(.nonPartisanCertification, recommendation(on: date, unit: record.workUnit), poolEntry: nil)])
        schedule(.nonPartisan(state: "INVESTIGATED", tier: nil, certain: false), on: date.adding(days: random.integer(in: 60...400)))
    }

    /// Takes the open 无党派人士认定 one step further, when the person is still where the step needs them:
    /// a candidate still 群众 for 推荐, 考察 and 认定, a certified 无党派人士 for 登记 and 复核.
    mutating func advanceCandidacy(to next: String, tier: Tier?, certain: Bool, on date: LocalDate) {
        let kind = WorkflowKind.nonPartisanCertification
        guard let open = state.openWorkflow(kind), let current = state.workflows[open].state else { return }
        let status = record.politicalStatus?.rawValue ?? "13"
        let city = "\(region.city)委统战部"
        func step(_ state: String, actor: String, opinion: String? = nil, document: String? = nil) -> SyntheticEvent.Step {
            .workflow(kind, WorkflowStepRecord(state, effective: date, actor: actor, opinion: opinion, documentNumber: document),
                      poolEntry: nil)
        }
        switch next {
        case "RECOMMENDED":
            guard current == "SURVEYED", status == "13" else { return }
            emit(.nonPartisanCandidacy, on: date, actor: clerk("统战部"), reason: "单位党组织推荐无党派人士人选", source: record.workUnit,
                 steps: [.workflow(kind, recommendation(on: date, unit: record.workUnit), poolEntry: nil)])
            schedule(.nonPartisan(state: "INVESTIGATED", tier: nil, certain: false), on: date.adding(days: random.integer(in: 60...400)))
        case "INVESTIGATED":
            guard current == "RECOMMENDED", status == "13" else { return }
            if !certain, random.percent(15) {
                let reason = random.element(of: ["考察未通过", "本人申请放弃", "年龄已超过55周岁", "工作调离本地"])
                emit(.nonPartisanCandidacy, on: date, actor: clerk("统战部"), reason: "终止无党派人士认定程序（\(reason)）",
                     source: "\(districtName)委统战部", steps: [step("TERMINATED", actor: "\(districtName)委统战部", opinion: reason)])
                return
            }
            emit(.nonPartisanCandidacy, on: date, actor: clerk("统战部"), reason: "无党派人士人选考察", source: "\(districtName)委统战部",
                 steps: [step("INVESTIGATED", actor: "\(districtName)委统战部", opinion: "考察合格，建议认定")])
            if certain || random.percent(75) {
                schedule(.nonPartisan(state: "CERTIFIED", tier: tier, certain: certain), on: date.adding(days: random.integer(in: 30...150)))
            }
        case "CERTIFIED":
            guard current == "INVESTIGATED", status == "13" else { return }
            let document = Paperwork.documentNumber("\(region.cityAbbreviation)统发", year: date.year, random: &random)
            let tier = tier ?? (random.percent(85) ? .representative : .keyRepresentative)
            var steps = [step("CERTIFIED", actor: city, opinion: "同意认定为无党派人士", document: document)]
            if tier != .general { steps.append(.changeTier(category: .nonPartisan, tier: tier, source: nil)) }
            emit(.nonPartisanCertification, on: date, actor: Paperwork.cityClerk(in: region, random: &random),
                 reason: "无党派人士认定（\(document)）", source: city, steps: steps)
            if random.percent(80) {
                schedule(.nonPartisan(state: "REGISTERED", tier: nil, certain: true), on: date.adding(days: random.integer(in: 7...45)))
            }
        case "REGISTERED":
            guard current == "CERTIFIED", status == "12" else { return }
            emit(.nonPartisanCandidacy, on: date, actor: clerk("统战部"), reason: "无党派人士登记备案", source: "\(districtName)委统战部",
                 steps: [step("REGISTERED", actor: "\(districtName)委统战部", opinion: "列入无党派人士花名册")])
            if random.percent(60) { scheduleReview(after: date) }
        case "REVIEWED":
            guard WorkflowKind.nonPartisanCertified.contains(current), status == "12" else { return }
            if random.percent(4) {
                let reason = random.element(of: ["年度复核：本人已不符合无党派人士条件", "本人申请撤销无党派人士认定", "年度复核：长期不参加统战活动"])
                emit(.nonPartisanRevocation, on: date, actor: Paperwork.cityClerk(in: region, random: &random),
                     reason: "撤销无党派人士认定（\(reason)）", source: city, steps: [step("REVOKED", actor: city, opinion: reason)])
                return
            }
            emit(.nonPartisanCandidacy, on: date, actor: clerk("统战部"), reason: "\(date.year)年度无党派人士年报复核",
                 source: "\(districtName)委统战部", steps: [step("REVIEWED", actor: "\(districtName)委统战部", opinion: "复核合格")])
            scheduleReview(after: date)
        default:
            return
        }
    }

    /// The 复核 of the year after `date`, in December.
    private mutating func scheduleReview(after date: LocalDate) {
        schedule(.nonPartisan(state: "REVIEWED", tier: nil, certain: true),
                 on: LocalDate(year: date.year + 1, month: 12, day: random.integer(in: 1...20))!)
    }

    // MARK: 民主党派新成员备案

    /// 报送, then 备案 of the open party membership that is not yet filed.
    mutating func advanceFiling(to next: String, on date: LocalDate) {
        let kind = WorkflowKind.democraticPartyFiling
        guard let (_, held) = partyMembership, case .partyMembership(let party) = held.value, !party.isFiled else { return }
        let name = Self.partyNames[party.party.rawValue] ?? "民主党派"
        let open = state.openWorkflow(kind)
        switch next {
        case "SUBMITTED":
            guard open == nil else { return }
            emit(.partyFiling, on: date, actor: clerk("统战部"), reason: "\(name)\(region.city)委员会报送新发展成员材料",
                 source: "\(name)\(region.city)委员会",
                 steps: [.workflow(kind, WorkflowStepRecord("SUBMITTED", effective: date, actor: "\(name)\(region.city)委员会",
                                                            opinion: "报送新发展成员备案材料"), poolEntry: nil)])
            schedule(.partyFiling("FILED"), on: date.adding(days: random.integer(in: 7...45)))
        case "FILED":
            guard let open, state.workflows[open].state == "SUBMITTED" else { return }
            let document = Paperwork.documentNumber("\(region.abbreviation)统备", year: date.year, random: &random)
            emit(.partyFiling, on: date, actor: clerk("统战部"), reason: "\(name)新发展成员备案（\(document)）",
                 source: "\(districtName)委统战部",
                 steps: [.workflow(kind, WorkflowStepRecord("FILED", effective: date, actor: "\(districtName)委统战部",
                                                            opinion: "同意备案", documentNumber: document), poolEntry: nil)])
        default:
            return
        }
    }

    // MARK: 归侨侨眷身份认定

    /// 申请, 审核 and 认定 (or, rarely, 不予认定) of a 归侨 or 侨眷 registered from the survey.
    mutating func advanceOverseasStatus(to next: String, on date: LocalDate) {
        let kind = WorkflowKind.overseasChineseStatus
        guard let membership = membership(.overseasChinese), membership.source != .certified else { return }
        let office = "\(districtName)人民政府侨务办公室"
        let status = traits.overseasType == "GUIQIAO" ? "归侨" : "侨眷"
        let open = state.openWorkflow(kind)
        func step(_ state: String, actor: String, opinion: String?, document: String? = nil) -> [SyntheticEvent.Step] {
            [.workflow(kind, WorkflowStepRecord(state, effective: date, actor: actor, opinion: opinion, documentNumber: document),
                       poolEntry: nil)]
        }
        switch next {
        case "APPLIED":
            guard open == nil, !state.workflows.contains(where: { $0.kind.id == kind.id }) else { return }
            emit(.overseasChineseCertification, on: date, actor: clerk("统战部"), reason: "本人申请\(status)身份认定", source: "本人",
                 steps: step("APPLIED", actor: record.name, opinion: "申请认定\(status)身份"))
            schedule(.overseasStatus("REVIEWED"), on: date.adding(days: random.integer(in: 10...45)))
        case "REVIEWED":
            guard let open, state.workflows[open].state == "APPLIED" else { return }
            if random.percent(5) {
                emit(.overseasChineseCertification, on: date, actor: clerk("统战部"), reason: "\(status)身份不予认定", source: office,
                     steps: step("REJECTED", actor: office, opinion: "所附材料不足以证明\(status)身份"))
                return
            }
            emit(.overseasChineseCertification, on: date, actor: clerk("统战部"), reason: "\(status)身份认定审核", source: office,
                 steps: step("REVIEWED", actor: office, opinion: "材料齐全，符合\(status)条件"))
            schedule(.overseasStatus("CERTIFIED"), on: date.adding(days: random.integer(in: 10...60)))
        case "CERTIFIED":
            guard let open, state.workflows[open].state == "REVIEWED" else { return }
            let document = Paperwork.documentNumber("\(region.abbreviation)侨认", year: date.year, random: &random)
            emit(.overseasChineseCertification, on: date, actor: clerk("统战部"), reason: "\(status)身份认定（\(document)）", source: office,
                 steps: step("CERTIFIED", actor: office, opinion: "认定为\(status)", document: document))
        default:
            return
        }
    }

    // MARK: 后备干部入库

    /// The 后备 tier in `category` decided after the registration; ``poolSteps(after:kind:on:)`` adds the
    /// entry, through 后备干部入库 for most.
    mutating func admitToPool(_ category: Category, on date: LocalDate) {
        let status = record.politicalStatus?.rawValue ?? "13"
        guard status != "01", status != "02", let held = membership(category), held.tier == .general,
              !memberships.contains(where: { $0.tier == .reserve }) else { return }
        emit(.reservePoolEntry, on: date, actor: clerk("组织部"), reason: "列入\(date.year)年度党外后备干部人才库",
             source: "\(districtName)委组织部", steps: [.changeTier(category: category, tier: .reserve, source: nil)])
    }

    /// The 推荐 and 考察 that led to a pool entry (back-dated, no earlier than the registration or the
    /// person's previous pool workflow) and the 入库 on `date` that adds `entry` with key `key`.
    mutating func admissionSteps(_ entry: PoolRecord, key: Int, on date: LocalDate, after next: SyntheticState)
        -> [SyntheticEvent.Step] {
        let kind = WorkflowKind.reserveCadrePool
        var earliest = traits.registeredOn
        if let previous = next.workflows.last(where: { $0.kind.id == kind.id })?.steps.last?.effective, previous > earliest {
            earliest = previous
        }
        let recommended = max(date.adding(days: -random.integer(in: 45...150)), earliest)
        let investigated = max(date.adding(days: -random.integer(in: 7...40)), recommended)
        let unit = next.record?.workUnit ?? districtName
        var admission = WorkflowStepRecord("ADMITTED", effective: date, actor: "\(districtName)委组织部", opinion: entry.entryReason,
                                           documentNumber: entry.document,
                                           fields: [WorkflowField.targetRank.rawValue: entry.targetRank.rawValue])
        if admission.documentNumber == nil {
            admission.documentNumber = Paperwork.documentNumber("\(region.abbreviation)组通", year: date.year, random: &random)
        }
        return [
            .workflow(kind, WorkflowStepRecord("RECOMMENDED", effective: recommended, actor: "\(unit)党组",
                                               opinion: "推荐为党外后备干部人选"), poolEntry: nil),
            .workflow(kind, WorkflowStepRecord("INVESTIGATED", effective: investigated, actor: "\(districtName)委组织部",
                                               opinion: "考察合格"), poolEntry: nil),
            .workflow(kind, admission, poolEntry: key),
        ]
    }
}
