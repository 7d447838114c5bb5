import UnitedFront

/// The 侨情 of a history: a 华侨's residence facts, 归侨, 侨眷 linked to their relative with a relation
/// and a place in the family's household, and a 华侨's return home.
extension HistoryGenerator {
    // MARK: Overseas contacts

    /// 侨情 at registration: a 华侨's residence facts (most pass the legal test, a few do not), a 归侨, a
    /// 侨眷 linked to their relative when the relative is already registered (with a relation, and a place
    /// in the family's household), a 归侨's own household.
    mutating func overseasRecords(_ record: inout MemberRecord, orgUnit: Int?) -> [SyntheticRecord] {
        guard let type = traits.overseasType else { return [] }
        let date = traits.registeredOn
        switch type {
        case "HUAQIAO":
            let country = Country(rawValue: Occupation.countryCodes[traits.overseasCountry ?? ""] ?? "ITA")
            var overseas = OverseasRecord(type: .huaqiao, country: country)
            overseas.nationality = .china
            let right: ResidenceRight = random.weighted([(.permanent, 45), (.longTerm, 40), (.none, 15)])
            overseas.residenceRight = right
            let failing = random.percent(12)
            let withRight = right != .none
            overseas.residentSince = date.adding(days: -365 * random.integer(in: withRight ? 3...25 : 6...25) - random.below(365))
            overseas.monthsPresent = withRight ? (failing ? random.integer(in: 6...16) : random.integer(in: 19...24))
                : (failing ? random.integer(in: 10...28) : random.integer(in: 32...60))
            let held = right == .permanent ? "，持有永久居留权" : right == .longTerm ? "，持有长期居留权" : ""
            record.notes = "华侨，定居\(traits.overseasCountry ?? "")\(held)"
            return [.overseas(overseas, relative: nil)]
        case "GUIQIAO":
            var overseas = OverseasRecord(type: .guiqiao, country: .china)
            overseas.nationality = .china
            var records: [SyntheticRecord] = [.overseas(overseas, relative: nil)]
            if random.percent(60) {
                records += household(headed: record, orgUnit: orgUnit)
            }
            return records
        default:
            var overseas = OverseasRecord(type: .qiaojuan)
            overseas.nationality = .china
            guard let link = traits.overseasLink, link.anchor.recordedAt < Timestamp(startOf: date) else {
                return [.overseas(overseas, relative: nil)]
            }
            return [.overseas(overseas, relative: link.anchor.person)] + familyRecords(link, record: record, orgUnit: orgUnit, on: date)
        }
    }

    /// A household headed by the person: the household and their place in it as 户主.
    private mutating func household(headed record: MemberRecord, orgUnit: Int?) -> [SyntheticRecord] {
        let index = ledger.nextHousehold
        ledger.nextHousehold += 1
        var household = HouseholdRecord(name: "\(record.name)户")
        household.address = record.address
        household.region = record.region
        return [.household(household, index: index, orgUnit: orgUnit), .householdMembership(nil, household: index)]
    }

    /// A 侨眷's relation to their relative, and a place in the family's household: joining it when the
    /// household is registered already, heading a new one when the relative is a 华侨 without one.
    private mutating func familyRecords(_ link: PersonGenerator.OverseasLink, record: MemberRecord, orgUnit: Int?,
                                        on date: LocalDate) -> [SyntheticRecord] {
        var records: [SyntheticRecord] = [.relation(link.relation, relative: link.anchor.person,
                                                    note: link.relation == .otherRelative ? "长期扶养关系" : nil)]
        let anchor = ledger.anchors.last { $0.person == link.anchor.person } ?? link.anchor
        if let home = anchor.household {
            if home.recordedAt < Timestamp(startOf: date) {
                records.append(.householdMembership(relationToHead(link, home), household: home.index))
            }
        } else if anchor.type == "HUAQIAO", random.percent(70) {
            let index = ledger.nextHousehold
            records += household(headed: record, orgUnit: orgUnit)
            pendingHousehold = EntityLedger.Household(index: index, recordedAt: Timestamp(startOf: date), headIsAnchor: false,
                                                      headGeneration: link.generation,
                                                      headIsSibling: link.relation.isSibling, headSex: traits.sex,
                                                      headBirthYear: traits.birthDate.year)
        }
        return records
    }

    /// What the person is to the 户主 of `home`, from both their places in the family of the 华侨/归侨.
    private func relationToHead(_ link: PersonGenerator.OverseasLink, _ home: EntityLedger.Household) -> Relation {
        let male = traits.sex == "1"
        let elder = traits.birthDate.year <= home.headBirthYear
        if home.headIsAnchor {
            // The 户主 is the 归侨: the inverse of what they are to the person.
            switch link.relation {
            case .father, .mother: return male ? "20" : "30"
            case "20", "30": return male ? .father : .mother
            case .husband: return .wife
            case .wife: return .husband
            case .otherRelative: return .otherRelative
            default: return male ? (elder ? .elderBrother : .youngerBrother) : (elder ? .elderSister : .youngerSister)
            }
        }
        switch link.generation - home.headGeneration {
        case 1: return male ? .father : .mother
        case -1: return male ? "20" : "30"
        case 2: return .grandparent
        case -2: return .grandchild
        default:
            guard link.relation.isSibling, home.headIsSibling else { return .otherRelative }
            return male ? (elder ? .elderBrother : .youngerBrother) : (elder ? .elderSister : .youngerSister)
        }
    }

    /// The 侨眷's relative, registered after them, is linked: the 侨情 record names them, a relation and
    /// a place in the household follow.
    mutating func linkRelative(on date: LocalDate) {
        guard let link = traits.overseasLink, !linked,
              let open = state.open.first(where: { if case .overseas = $0.held.value { true } else { false } }),
              case .overseas(let overseas, _) = open.held.value else { return }
        let records = familyRecords(link, record: record, orgUnit: state.orgUnit, on: date)
        emit(.overseasChange, on: date, actor: clerk("统战部"), reason: "侨眷亲属关系核实：\(link.word)\(link.anchor.name)",
             source: "\(districtName)归国华侨联合会",
             steps: [.change(key: open.key, to: .overseas(overseas, relative: link.anchor.person))] + keyed(records))
        notePendingHousehold()
    }

    /// Notes the household the last event registered in the ledger, for the relatives after this person.
    mutating func notePendingHousehold() {
        guard var home = pendingHousehold, let recordedAt = lastRecorded, let link = traits.overseasLink else { return }
        home.recordedAt = recordedAt
        ledger.setHousehold(home, of: link.anchor.person)
        pendingHousehold = nil
    }

    /// The 华侨 returns to settle: 归侨 from that day (the 侨眷 keep their records).
    mutating func returnHome(on date: LocalDate) {
        guard let open = state.open.first(where: { $0.held.value.overseas?.type == .huaqiao }),
              case .overseas(var overseas, let relative) = open.held.value else { return }
        overseas.type = .guiqiao
        overseas.country = .china
        let from = traits.overseasCountry ?? "国外"
        emit(.overseasChange, on: date, actor: clerk("统战部"), reason: "华侨回国定居，登记为归侨", source: "\(districtName)归国华侨联合会",
             steps: [.change(key: open.key, to: .overseas(overseas, relative: relative)),
                     .set(.notes, "归侨，\(date.year)年自\(from)回国定居")])
    }
}
