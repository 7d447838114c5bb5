/// The procedures the library ships: available in every register without declaring them.
extension WorkflowKind {
    /// 无党派人士认定: 摸底 → 推荐 → 考察 → 认定 (by a 统战部 at city level or above, with its 文号) → 登记,
    /// then a yearly 复核; 撤销 ends a certification, 终止 a candidacy that stops. Both need a reason (the
    /// opinion).
    ///
    /// A workflow may start at 摸底 or 推荐. 认定 requires the 文号 and, in the same changeset and
    /// effective the step's date, sets 政治面貌 to 无党派民主人士 (12) and enters the member into
    /// 无党派人士 with source 认定 (or changes the source of a membership they already hold to 认定): a
    /// candidate holds no 无党派人士 membership before 认定. 撤销 ends the membership (reason 撤销认定) and returns 政治面貌
    /// to 群众 unless the step's ``WorkflowField/politicalStatus`` field names another status.
    /// Awaiting 认定 on a date means 推荐 or 考察 (``nonPartisanAwaitingCertification``); certified means
    /// 认定, 登记 or 复核 (``nonPartisanCertified``).
    public static let nonPartisanCertification = WorkflowKind(
        id: "NON_PARTISAN_CERTIFICATION", name: "无党派人士认定",
        states: [
            WorkflowState(id: "SURVEYED", name: "摸底"),
            WorkflowState(id: "RECOMMENDED", name: "推荐"),
            WorkflowState(id: "INVESTIGATED", name: "考察"),
            WorkflowState(id: "CERTIFIED", name: "认定"),
            WorkflowState(id: "REGISTERED", name: "登记"),
            WorkflowState(id: "REVIEWED", name: "复核"),
            WorkflowState(id: "REVOKED", name: "撤销", isTerminal: true),
            WorkflowState(id: "TERMINATED", name: "终止", isTerminal: true),
        ],
        transitions: [
            WorkflowTransition(to: "SURVEYED", from: [nil]),
            WorkflowTransition(to: "RECOMMENDED", from: [nil, "SURVEYED"]),
            WorkflowTransition(to: "INVESTIGATED", from: ["RECOMMENDED"]),
            WorkflowTransition(to: "CERTIFIED", from: ["INVESTIGATED"], required: [.documentNumber],
                               effects: [.setPoliticalStatus(.nonPartisan),
                                         .enterCategory(.nonPartisan, source: .certified)]),
            WorkflowTransition(to: "REGISTERED", from: ["CERTIFIED"]),
            WorkflowTransition(to: "REVIEWED", from: ["CERTIFIED", "REGISTERED", "REVIEWED"]),
            WorkflowTransition(to: "REVOKED", from: ["CERTIFIED", "REGISTERED", "REVIEWED"], required: [.opinion],
                               effects: [.leaveCategory(.nonPartisan, reason: .certificationRevoked),
                                         .setPoliticalStatus(.masses, unlessGiven: .politicalStatus)]),
            WorkflowTransition(to: "TERMINATED", from: ["SURVEYED", "RECOMMENDED", "INVESTIGATED"], required: [.opinion]),
        ])

    /// The states of ``nonPartisanCertification`` that count as awaiting 认定: 推荐 and 考察.
    public static let nonPartisanAwaitingCertification: Set<String> = ["RECOMMENDED", "INVESTIGATED"]

    /// The states of ``nonPartisanCertification`` that count as certified: 认定, 登记 and 复核.
    public static let nonPartisanCertified: Set<String> = ["CERTIFIED", "REGISTERED", "REVIEWED"]

    /// 后备干部入库/出库 (the 党外后备干部 reserve pool): 推荐 → 考察 → 入库 → 出库; a candidacy that stops is
    /// 终止. 入库 needs the target 职务层次 (the step field `target_rank`: 正科, 副处 …) and adds the member's
    /// ``PoolRecord`` from that day (the opinion as its entry reason, the 文号); 出库 needs a reason (the
    /// opinion) and ends the pool entries in force that day with it; 终止 needs a reason. The pool record
    /// is what the pool figures count.
    public static let reserveCadrePool = WorkflowKind(
        id: "RESERVE_CADRE_POOL", name: "后备干部入库",
        states: [
            WorkflowState(id: "RECOMMENDED", name: "推荐"),
            WorkflowState(id: "INVESTIGATED", name: "考察"),
            WorkflowState(id: "ADMITTED", name: "入库"),
            WorkflowState(id: "RELEASED", name: "出库", isTerminal: true),
            WorkflowState(id: "TERMINATED", name: "终止", isTerminal: true),
        ],
        transitions: [
            WorkflowTransition(to: "RECOMMENDED", from: [nil]),
            WorkflowTransition(to: "INVESTIGATED", from: ["RECOMMENDED"]),
            WorkflowTransition(to: "ADMITTED", from: ["INVESTIGATED"], required: [.targetRank],
                               effects: [.enterPool(targetRank: .targetRank)]),
            WorkflowTransition(to: "RELEASED", from: ["ADMITTED"], required: [.opinion], effects: [.leavePool]),
            WorkflowTransition(to: "TERMINATED", from: ["RECOMMENDED", "INVESTIGATED"], required: [.opinion]),
        ])

    /// 归侨侨眷身份认定: 申请 → 审核 → 认定 or 不予认定. 认定 is made by a county-level (or higher) 侨务部门
    /// and requires its 文号, and enters the member into 华侨、归侨及侨眷 (`.overseasChinese`) with source 认定
    /// from that day (or makes an existing membership's source 认定); 不予认定 requires the reason (the
    /// opinion).
    public static let overseasChineseStatus = WorkflowKind(
        id: "OVERSEAS_CHINESE_STATUS", name: "归侨侨眷身份认定",
        states: [
            WorkflowState(id: "APPLIED", name: "申请"),
            WorkflowState(id: "REVIEWED", name: "审核"),
            WorkflowState(id: "CERTIFIED", name: "认定", isTerminal: true),
            WorkflowState(id: "REJECTED", name: "不予认定", isTerminal: true),
        ],
        transitions: [
            WorkflowTransition(to: "APPLIED", from: [nil]),
            WorkflowTransition(to: "REVIEWED", from: ["APPLIED"]),
            WorkflowTransition(to: "CERTIFIED", from: ["REVIEWED"], required: [.documentNumber],
                               effects: [.enterCategory(.overseasChinese, source: .certified)]),
            WorkflowTransition(to: "REJECTED", from: ["APPLIED", "REVIEWED"], required: [.opinion]),
        ])

    /// 民主党派新成员备案: a democratic party's newly admitted member is reported (报送) to the 统战部 and
    /// filed (备案); 备案 marks their ``PartyMembershipRecord`` in force that day as filed from that day.
    public static let democraticPartyFiling = WorkflowKind(
        id: "DEMOCRATIC_PARTY_FILING", name: "民主党派新成员备案",
        states: [
            WorkflowState(id: "SUBMITTED", name: "报送"),
            WorkflowState(id: "FILED", name: "备案", isTerminal: true),
        ],
        transitions: [
            WorkflowTransition(to: "SUBMITTED", from: [nil]),
            WorkflowTransition(to: "FILED", from: ["SUBMITTED"], effects: [.fileParty]),
        ])

    /// 新联会入会 (admission to a 新的社会阶层人士联谊会): 申请 → 审核 → 入会.
    public static let newStratumAssociationAdmission = WorkflowKind(
        id: "NEW_STRATUM_ASSOCIATION_ADMISSION", name: "新联会入会",
        states: [
            WorkflowState(id: "APPLIED", name: "申请"),
            WorkflowState(id: "REVIEWED", name: "审核"),
            WorkflowState(id: "ADMITTED", name: "入会", isTerminal: true),
        ],
        transitions: [
            WorkflowTransition(to: "APPLIED", from: [nil]),
            WorkflowTransition(to: "REVIEWED", from: ["APPLIED"]),
            WorkflowTransition(to: "ADMITTED", from: ["REVIEWED"]),
        ])

    /// Every kind the library ships.
    public static let shipped: [WorkflowKind] = [
        nonPartisanCertification, reserveCadrePool, overseasChineseStatus, democraticPartyFiling,
        newStratumAssociationAdmission,
    ]
}
